using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// Builds <see cref="Edge"/>s from rows of <see cref="Select"/>, cheaply enough for a hub's tens of thousands of rows:
/// rows are read in place through SQLite's own API (<see cref="NativeRow"/>), days and enum names are decoded from
/// their UTF-8 bytes (<see cref="Utf8Codec"/>), and the ends and types of one read share one string per distinct id (a
/// hub's id is made once, not once per edge), so a row costs little more than its relationship id.
/// </summary>
internal sealed class EdgeRows : IDisposable
{
    /// <summary>
    /// The select list over <c>relationships r</c> that <see cref="Read"/> reads: only columns of the covering edge
    /// indexes. A dated relationship's date is read from its effective days, which equal its first and last day.
    /// </summary>
    public const string Select =
        "r.id, r.type, r.source_id, r.target_id, r.date_precision, r.effective_start, r.effective_end, r.reported_on, r.modality, r.confidence, r.evidence_count";

    private readonly Utf8Keys _types = new();
    private readonly Utf8Keys _actors = new();

    public Edge Read(NativeRow row)
    {
        var precision = row.IsNull(4) ? default(DatePrecision?) : Known<DatePrecision>(row, 4, "date precision");
        return new Edge(
            RelationshipId: row.Text(0),
            Type: _types.Id(_types.Key(row.Utf8(1))),
            SourceId: _actors.Id(_actors.Key(row.Utf8(2))),
            TargetId: _actors.Id(_actors.Key(row.Utf8(3))),
            Date: precision is { } known ? Date(known, Utf8Codec.Day(row.Utf8(5)), row) : null,
            ReportedOn: Utf8Codec.Day(row.Utf8(7)),
            Modality: Known<Modality>(row, 8, "modality"),
            Confidence: row.Double(9),
            EvidenceCount: row.Int32(10));
    }

    public void Dispose()
    {
        _types.Dispose();
        _actors.Dispose();
    }

    private static TEnum Known<TEnum>(NativeRow row, int column, string what)
        where TEnum : struct, Enum =>
        Utf8Codec.TryEnum<TEnum>(row.Utf8(column), out var value)
            ? value
            : throw new InvalidOperationException($"Relationship '{row.Text(0)}' stores a {what} this version does not know.");

    private static FuzzyDate Date(DatePrecision precision, DateOnly first, NativeRow row) => precision switch
    {
        DatePrecision.Day => FuzzyDate.Day(first),
        DatePrecision.Month => FuzzyDate.Month(first.Year, first.Month),
        DatePrecision.Year => FuzzyDate.Year(first.Year),
        _ => FuzzyDate.Period(first, Utf8Codec.Day(row.Utf8(6))),
    };
}
