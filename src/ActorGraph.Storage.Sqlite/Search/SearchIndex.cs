using ActorGraph.Storage.Sqlite.Database;

namespace ActorGraph.Storage.Sqlite.Search;

/// <summary>
/// Keeps <c>actor_search</c> in step with an actor's name and aliases: one row per unmerged actor, whose rowid
/// is the actor's <c>row_id</c>. The tokenizer folds case and diacritics.
/// </summary>
internal sealed class SearchIndex(SqlSession session)
{
    /// <summary>Adds the row of an actor inserted in this transaction (which has none yet).</summary>
    public void Add(string actorId) =>
        session.Execute(
            """
            INSERT INTO actor_search (rowid, names)
            SELECT a.row_id, a.name || char(10) || COALESCE((SELECT group_concat(alias, char(10)) FROM actor_aliases WHERE actor_id = a.id), '')
            FROM actors a WHERE a.id = @id AND a.merged_into IS NULL;
            """,
            ("@id", actorId));

    /// <summary>Rewrites the actor's row from what is stored now (removes it if the actor is merged).</summary>
    public void Refresh(string actorId)
    {
        // The row id is bound as a value: FTS5 looks a row up by rowid only for a plain equality, not for a subquery.
        var rowId = session.Scalar<long?>("SELECT row_id FROM actors WHERE id = @id;", ("@id", actorId));
        if (rowId is null)
        {
            return;
        }

        session.Execute("DELETE FROM actor_search WHERE rowid = @row;", ("@row", rowId));
        session.Execute(
            """
            INSERT INTO actor_search (rowid, names)
            SELECT a.row_id, a.name || char(10) || COALESCE((SELECT group_concat(alias, char(10)) FROM actor_aliases WHERE actor_id = a.id), '')
            FROM actors a WHERE a.row_id = @row AND a.merged_into IS NULL;
            """,
            ("@row", rowId));
    }
}
