using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Search;

/// <summary>
/// Keeps <c>actor_search</c> in step with an actor's name and aliases: one row per unmerged actor, whose rowid
/// is the actor's <c>row_id</c>. The tokenizer folds case and diacritics.
/// </summary>
internal sealed class SearchIndex(SqlSession session)
{
    private const string Names = "a.name || char(10) || COALESCE((SELECT group_concat(alias, char(10)) FROM actor_aliases WHERE actor_id = a.id), '')";

    private List<string>? _pending;

    /// <summary>
    /// Has <see cref="Add"/> only note its actor from now on, for <see cref="AddPending"/> to add the rows of all noted
    /// actors in one statement: for a batch that writes its actors before anything reads their rows.
    /// </summary>
    public void DeferAdds() => _pending ??= [];

    /// <summary>Adds the row of an actor inserted in this transaction (which has none yet).</summary>
    public void Add(string actorId)
    {
        if (_pending is { } pending)
        {
            pending.Add(actorId);
            return;
        }

        Insert(session.Prepared($"SELECT a.row_id, {Names} FROM actors a WHERE a.id = @id AND a.merged_into IS NULL;").Bind("@id", actorId));
    }

    /// <summary>Adds the rows of the actors noted since <see cref="DeferAdds"/>, and adds at once again from then on.</summary>
    public void AddPending()
    {
        if (_pending is { Count: > 0 } pending)
        {
            session.Native($"INSERT INTO actor_search (rowid, names) SELECT a.row_id, {Names} FROM actors a WHERE a.id IN (SELECT value FROM json_each(@ids)) AND a.merged_into IS NULL;")
                .Bind("@ids", Codec.JsonList(pending))
                .Execute();
        }

        _pending = null;
    }

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
        Insert(session.Prepared($"SELECT a.row_id, {Names} FROM actors a WHERE a.row_id = @row AND a.merged_into IS NULL;").Bind("@row", rowId.Value));
    }

    /// <summary>
    /// Inserts the row <paramref name="names"/> selects, if any, with a plain <c>VALUES</c>. FTS5 writes its pending
    /// terms out as a new segment at every statement savepoint, and an <c>INSERT … SELECT</c> opens one: a large import
    /// adding its actors one statement each then built a segment per actor, and merged them, five times slower.
    /// </summary>
    private void Insert(SqliteCommand names)
    {
        long rowId;
        string text;
        using (var reader = names.ExecuteReader())
        {
            if (!reader.Read())
            {
                return;
            }

            (rowId, text) = (reader.GetInt64(0), reader.GetString(1));
        }

        session.Native("INSERT INTO actor_search (rowid, names) VALUES (@row, @names);").Bind("@row", rowId).Bind("@names", text).Execute();
    }
}
