using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Reads;

internal static class StatsReads
{
    /// <summary>Counts without merged actors and retracted relationships; evidence counts the live relationships' pieces.</summary>
    public static GraphStats Read(SqlSession session)
    {
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = session.Command("SELECT type, COUNT(*) FROM relationships WHERE retraction_reason IS NULL GROUP BY type ORDER BY type;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                byType.Add(reader.GetString(0), reader.GetInt32(1));
            }
        }

        using var totals = session.Command(
            """
            SELECT
                (SELECT COUNT(*) FROM actors WHERE merged_into IS NULL),
                (SELECT COUNT(*) FROM relationships WHERE retraction_reason IS NULL),
                (SELECT COALESCE(SUM(evidence_count), 0) FROM relationships WHERE retraction_reason IS NULL),
                (SELECT COUNT(*) FROM documents),
                (SELECT COUNT(*) FROM events),
                (SELECT COUNT(*) FROM affiliations),
                (SELECT MIN(effective_start) FROM relationships WHERE retraction_reason IS NULL),
                (SELECT MAX(effective_end) FROM relationships WHERE retraction_reason IS NULL);
            """);
        using var row = totals.ExecuteReader();
        row.Read();
        return new GraphStats(
            Actors: row.GetInt32(0),
            Relationships: row.GetInt32(1),
            Evidence: row.GetInt32(2),
            Documents: row.GetInt32(3),
            Events: row.GetInt32(4),
            Affiliations: row.GetInt32(5),
            RelationshipsByType: byType,
            EarliestDate: row.GetStringOrNull(6) is { } earliest ? Codec.ParseDay(earliest) : null,
            LatestDate: row.GetStringOrNull(7) is { } latest ? Codec.ParseDay(latest) : null);
    }
}
