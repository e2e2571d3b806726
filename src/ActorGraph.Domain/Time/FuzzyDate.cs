using System.Globalization;

namespace ActorGraph.Domain.Time;

/// <summary>
/// A date as precisely as a source gives it: a day, a month, a year, or a period of days.
/// <see cref="Start"/> and <see cref="End"/> are the first and last day it may denote (inclusive).
/// Written as <c>2024-03-18</c>, <c>2024-03</c>, <c>2024</c> or <c>2024-03-18/2024-03-20</c>.
/// </summary>
public readonly record struct FuzzyDate
{
    private FuzzyDate(DateOnly start, DateOnly end, DatePrecision precision)
    {
        Start = start;
        End = end;
        Precision = precision;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public DatePrecision Precision { get; }

    public static FuzzyDate Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static FuzzyDate Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static FuzzyDate Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>A period of days; <paramref name="end"/> must not be earlier than <paramref name="start"/>.</summary>
    public static FuzzyDate Period(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        return new(start, end, DatePrecision.Period);
    }

    public static FuzzyDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses the written form; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, out FuzzyDate date, out string error)
    {
        date = default;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A date is empty.";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!TryParseDay(text[..slash], out var start) || !TryParseDay(text[(slash + 1)..], out var end))
            {
                error = $"'{text}' is not a period of two days written yyyy-MM-dd/yyyy-MM-dd.";
                return false;
            }

            if (end < start)
            {
                error = $"The period '{text}' ends before it starts.";
                return false;
            }

            date = Period(start, end);
            return true;
        }

        switch (text.Length)
        {
            case 10 when TryParseDay(text, out var day):
                date = Day(day);
                return true;
            case 7 when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month):
                date = Month(month.Year, month.Month);
                return true;
            case 4 when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999:
                date = Year(year);
                return true;
            default:
                error = $"'{text}' is not a date: write yyyy-MM-dd, yyyy-MM, yyyy or yyyy-MM-dd/yyyy-MM-dd (and the day must exist).";
                return false;
        }
    }

    /// <summary>True when some day of this date lies inside <paramref name="window"/>.</summary>
    public bool Overlaps(DateWindow window) =>
        (window.From is null || End >= window.From) && (window.To is null || Start <= window.To);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
