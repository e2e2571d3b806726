using System.Globalization;
using ActorGraph.Domain.Time;

namespace ActorGraph.Server.GraphQL.Support;

/// <summary>Reads date inputs (written as text), naming the field in the <c>INVALID_INPUT</c> error of a date that cannot be.</summary>
public static class Dates
{
    public static DateOnly? Day(string? text, string field) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw ApiErrors.InvalidInput($"'{field}': '{text}' is not a Date: write yyyy-MM-dd (and the day must exist).");

    public static DateOnly RequiredDay(string? text, string field) =>
        Day(text, field) ?? throw ApiErrors.InvalidInput($"'{field}' is required.");

    public static FuzzyDate? Fuzzy(string? text, string field) =>
        text is null ? null
        : FuzzyDate.TryParse(text, out var date, out var error) ? date
        : throw ApiErrors.InvalidInput($"'{field}': {error}");

    public static DateTimeOffset? Instant(string? text, string field) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant
        : throw ApiErrors.InvalidInput($"'{field}': '{text}' is not a DateTime: write ISO 8601, such as 2024-03-18T09:30:00Z.");
}
