using System.Globalization;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// Builds <see cref="Edge"/>s from rows of <see cref="Select"/>, cheaply enough for a hub's tens of thousands of rows:
/// rows are read in place through SQLite's own API (<see cref="NativeRow"/>), SQLite hands days over as
/// <c>yyyymmdd</c> integers and modality and date precision as enum numbers, so a row costs three strings and no
/// parsing; the few distinct relationship types of one read share one string each.
/// </summary>
internal sealed class EdgeRows
{
    /// <summary>The select list over <c>relationships r</c> that <see cref="Read"/> reads.</summary>
    public static readonly string Select =
        "r.id, r.type, r.source_id, r.target_id, "
        + $"CASE WHEN r.date_precision IS NULL THEN -1 ELSE {Code<DatePrecision>("r.date_precision")} END, {Day("r.date_start")}, {Day("r.date_end")}, {Day("r.reported_on")}, "
        + $"{Code<Modality>("r.modality")}, r.confidence, r.evidence_count";

    private const int UnknownName = -2;

    private static readonly string[] ColumnNames = ["id", "type", "source", "target", "date precision", "date", "end date", "reported date", "modality"];

    private readonly IdKeys _types = new();

    public Edge Read(NativeRow row)
    {
        var precision = Known(row, 4);
        return new Edge(
            RelationshipId: row.Text(0),
            Type: _types.Ids[_types.Key(row.Utf8(1))],
            SourceId: row.Text(2),
            TargetId: row.Text(3),
            Date: precision < 0 ? null : Date((DatePrecision)precision, ToDay(row.Int32(5)), row),
            ReportedOn: ToDay(row.Int32(7)),
            Modality: (Modality)Known(row, 8),
            Confidence: row.Double(9),
            EvidenceCount: row.Int32(10));
    }

    private static int Known(NativeRow row, int column)
    {
        var code = row.Int32(column);
        return code != UnknownName
            ? code
            : throw new InvalidOperationException($"Relationship '{row.Text(0)}' stores a {ColumnNames[column]} this version does not know.");
    }

    private static FuzzyDate Date(DatePrecision precision, DateOnly first, NativeRow row) => precision switch
    {
        DatePrecision.Day => FuzzyDate.Day(first),
        DatePrecision.Month => FuzzyDate.Month(first.Year, first.Month),
        DatePrecision.Year => FuzzyDate.Year(first.Year),
        _ => FuzzyDate.Period(first, ToDay(row.Int32(6))),
    };

    private static DateOnly ToDay(int yyyymmdd) => new(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);

    /// <summary>A stored <c>yyyy-MM-dd</c> day as the integer <c>yyyymmdd</c> (0 when absent).</summary>
    private static string Day(string column) => $"COALESCE(CAST(replace({column}, '-', '') AS INTEGER), 0)";

    /// <summary>A stored enum name as its number, or <see cref="UnknownName"/> for a name this build does not know.</summary>
    private static string Code<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var cases = string.Concat(Enum.GetValues<TEnum>().Select(value =>
            string.Create(CultureInfo.InvariantCulture, $" WHEN '{Codec.Enum(value)}' THEN {Convert.ToInt32(value, CultureInfo.InvariantCulture)}")));
        return string.Create(CultureInfo.InvariantCulture, $"CASE {column}{cases} ELSE {UnknownName} END");
    }
}
