using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Sqlite.Mapping;

/// <summary>How values are written to columns and read back: ISO days, enum names, UTC ticks, JSON lists.</summary>
internal static class Codec
{
    /// <summary>How days are stored: ISO, so that they sort as dates.</summary>
    private const string DayFormat = "yyyy-MM-dd";

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? day) => day is { } value ? Day(value) : null;

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => value.ToString();

    public static TEnum ParseEnum<TEnum>(string text)
        where TEnum : struct, System.Enum => System.Enum.Parse<TEnum>(text);

    public static long Instant(DateTimeOffset at) => at.UtcTicks;

    public static DateTimeOffset ParseInstant(long ticks) => new(ticks, TimeSpan.Zero);

    public static FuzzyDate? FuzzyDate(string? start, string? end, string? precision)
    {
        if (start is null || end is null || precision is null)
        {
            return null;
        }

        var first = ParseDay(start);
        return ParseEnum<DatePrecision>(precision) switch
        {
            DatePrecision.Day => Domain.Time.FuzzyDate.Day(first),
            DatePrecision.Month => Domain.Time.FuzzyDate.Month(first.Year, first.Month),
            DatePrecision.Year => Domain.Time.FuzzyDate.Year(first.Year),
            _ => Domain.Time.FuzzyDate.Period(first, ParseDay(end)),
        };
    }

    /// <summary>A list of ids (or codes) as a JSON array, for <c>json_each</c>.</summary>
    public static string JsonList<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values.ToArray());

    /// <summary>Most actors have no aliases; their <c>[]</c> is not worth deserialising.</summary>
    public static IReadOnlyList<string> ParseJsonList(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string JsonMap(IReadOnlyDictionary<string, string> map) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(map.ToDictionary(), StringComparer.Ordinal));

    /// <summary>Most actors have no external ids, and deserialising their <c>{}</c> costs more than the rest of their row.</summary>
    public static IReadOnlyDictionary<string, string> ParseJsonMap(string json) =>
        json == "{}" ? ReadOnlyDictionary<string, string>.Empty : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
