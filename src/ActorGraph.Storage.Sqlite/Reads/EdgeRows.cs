using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// Builds <see cref="Edge"/>s from rows of <see cref="Columns.Edge"/> as <c>RowReaders.Edge</c> does, but cheaply enough
/// for a hub's tens of thousands of rows: days are parsed digit by digit, and the few distinct type, modality and
/// precision texts of one read are parsed once and shared.
/// </summary>
internal sealed class EdgeRows
{
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Modality> _modalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DatePrecision> _precisions = new(StringComparer.Ordinal);

    public Edge Read(SqliteDataReader row)
    {
        var type = row.GetString(1);
        if (!_types.TryGetValue(type, out var shared))
        {
            _types.Add(type, type);
            shared = type;
        }

        return new Edge(
            RelationshipId: row.GetString(0),
            Type: shared,
            SourceId: row.GetString(2),
            TargetId: row.GetString(3),
            Date: row.IsDBNull(4) || row.IsDBNull(5) || row.IsDBNull(6) ? null : Date(row.GetString(4), row.GetString(5), row.GetString(6)),
            ReportedOn: Day(row.GetString(7)),
            Modality: Parsed(_modalities, row.GetString(8)),
            Confidence: row.GetDouble(9),
            EvidenceCount: row.GetInt32(10));
    }

    private FuzzyDate Date(string start, string end, string precision)
    {
        var first = Day(start);
        return Parsed(_precisions, precision) switch
        {
            DatePrecision.Day => FuzzyDate.Day(first),
            DatePrecision.Month => FuzzyDate.Month(first.Year, first.Month),
            DatePrecision.Year => FuzzyDate.Year(first.Year),
            _ => FuzzyDate.Period(first, Day(end)),
        };
    }

    private static TEnum Parsed<TEnum>(Dictionary<string, TEnum> known, string text)
        where TEnum : struct, Enum
    {
        if (!known.TryGetValue(text, out var value))
        {
            value = Codec.ParseEnum<TEnum>(text);
            known.Add(text, value);
        }

        return value;
    }

    /// <summary>A stored day, always <c>yyyy-MM-dd</c>; anything else falls back to the strict parser and its error.</summary>
    private static DateOnly Day(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return Codec.ParseDay(text);
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
