using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Reads;

namespace ActorGraph.Storage.Sqlite.Queries;

/// <summary>Translates an <see cref="EdgeFilter"/> and the actors it is seen from into conditions on <c>relationships r</c>.</summary>
internal static class RelationshipFilterSql
{
    public static SqlConditions AddFilter(this SqlConditions sql, EdgeFilter filter)
    {
        if (filter.Types is { Count: > 0 } types)
        {
            sql.Where($"r.type IN (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(types))}))");
        }

        if (filter.Window.From is { } from)
        {
            sql.Where($"r.effective_end >= {sql.Parameter(Codec.Day(from))}");
        }

        if (filter.Window.To is { } to)
        {
            sql.Where($"r.effective_start <= {sql.Parameter(Codec.Day(to))}");
        }

        if (filter.Modalities is { Count: > 0 } modalities)
        {
            sql.Where($"r.modality IN (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(modalities.Select(Codec.Enum)))}))");
        }

        if (filter.MinConfidence > 0)
        {
            sql.Where($"r.confidence >= {sql.Parameter(filter.MinConfidence)}");
        }

        if (filter.DocumentId is { } documentId)
        {
            sql.Where(
                $"EXISTS (SELECT 1 FROM evidence v WHERE v.document_id = {sql.Parameter(documentId)} "
                + $"AND v.owner_kind = '{EvidenceOwner.Relationship}' AND v.owner_id = r.id)");
        }

        if (!filter.IncludeRetracted)
        {
            sql.Where("r.retraction_reason IS NULL");
        }

        return sql;
    }

    /// <summary>Keeps relationships incident to the actors (merged ids resolved), taking the direction literally.</summary>
    public static SqlConditions AddActors(this SqlConditions sql, IReadOnlyCollection<string> actorIds, Direction direction)
    {
        sql.With(ActorIdResolution.Cte("wanted", sql.Parameter(Codec.JsonList(actorIds))));
        return sql.Where(direction switch
        {
            Direction.Out => "r.source_id IN wanted",
            Direction.In => "r.target_id IN wanted",
            _ => "r.row_id IN (SELECT row_id FROM relationships WHERE source_id IN wanted "
                + "UNION SELECT row_id FROM relationships WHERE target_id IN wanted)",
        });
    }

    /// <summary>After <see cref="AddActors"/>: keeps relationships whose other end is one of the counterparts.</summary>
    public static SqlConditions AddCounterparts(this SqlConditions sql, IReadOnlyCollection<string> counterpartIds, Direction direction)
    {
        sql.With(ActorIdResolution.Cte("counterparts", sql.Parameter(Codec.JsonList(counterpartIds))));
        return sql.Where(direction switch
        {
            Direction.Out => "r.target_id IN counterparts",
            Direction.In => "r.source_id IN counterparts",
            _ => "(r.source_id IN wanted AND r.target_id IN counterparts) OR (r.target_id IN wanted AND r.source_id IN counterparts)",
        });
    }
}
