using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Sqlite.Mapping;
using ActorGraph.Storage.Sqlite.Paging;
using ActorGraph.Storage.Sqlite.Reads;
using ActorGraph.Storage.Sqlite.Search;
using ActorGraph.Storage.Sqlite.Database;

namespace ActorGraph.Storage.Sqlite.Queries;

internal static class ActorSearch
{
    /// <summary>The count of an actor's live relationships: descending puts the most connected actors first, like the other orders.</summary>
    private const string Degree =
        "((SELECT COUNT(*) FROM relationships x WHERE x.source_id = a.id AND x.retraction_reason IS NULL) "
        + "+ (SELECT COUNT(*) FROM relationships x WHERE x.target_id = a.id AND x.retraction_reason IS NULL))";

    public static Page<Actor> Find(SqlSession session, ActorQuery query)
    {
        var sql = new SqlConditions().Where("a.merged_into IS NULL");
        if (FtsQuery.From(query.Search) is { } match)
        {
            sql.Where($"a.row_id IN (SELECT rowid FROM actor_search WHERE actor_search MATCH {sql.Parameter(match)})");
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            sql.Where($"a.kind IN (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(kinds.Select(Codec.Enum)))}))");
        }

        if (query.Countries is { Count: > 0 } countries)
        {
            sql.Where($"a.country IN (SELECT value FROM json_each({sql.Parameter(Codec.JsonList(countries))}))");
        }

        if (!string.IsNullOrEmpty(query.ActsAs))
        {
            sql.Where($"EXISTS (SELECT 1 FROM relationships r WHERE r.source_id = a.id AND r.type = {sql.Parameter(query.ActsAs)} AND r.retraction_reason IS NULL)");
        }

        if (!query.ActiveIn.IsUnbounded)
        {
            var window = new List<string> { "r.retraction_reason IS NULL" };
            if (query.ActiveIn.From is { } from)
            {
                window.Add($"r.effective_end >= {sql.Parameter(Codec.Day(from))}");
            }

            if (query.ActiveIn.To is { } to)
            {
                window.Add($"r.effective_start <= {sql.Parameter(Codec.Day(to))}");
            }

            var condition = string.Join(" AND ", window);
            sql.Where(
                $"EXISTS (SELECT 1 FROM relationships r WHERE r.source_id = a.id AND {condition}) "
                + $"OR EXISTS (SELECT 1 FROM relationships r WHERE r.target_id = a.id AND {condition})");
        }

        var (key, numeric) = query.OrderBy switch
        {
            ActorOrder.Id => ("a.id", false),
            ActorOrder.Degree => (Degree, true),
            _ => ("a.name", false),
        };
        var order = new KeysetOrder(query.OrderBy.ToString(), key, "a.id", numeric, query.Direction);
        return Keyset.Read(session, sql, Columns.Actor, "actors a", order, query.Page, RecordReads.ActorsFrom);
    }
}
