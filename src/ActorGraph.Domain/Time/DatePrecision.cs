namespace ActorGraph.Domain.Time;

/// <summary>How precisely a source dates something.</summary>
public enum DatePrecision
{
    /// <summary>A single known day ("on Tuesday, 28 November 2023").</summary>
    Day,

    /// <summary>Only the month is known ("in March 2024").</summary>
    Month,

    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>A span of days with a known first and last day ("talks from 18 to 20 March").</summary>
    Period,
}
