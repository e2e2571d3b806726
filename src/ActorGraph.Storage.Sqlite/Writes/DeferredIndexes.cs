using ActorGraph.Storage.Sqlite.Database;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// Lets a batch that is large next to a table skip index maintenance: the table's secondary indexes are dropped
/// before its rows are written and built again, from their stored definitions, once they are all in. Building an
/// index sorts the table once; keeping it up to date costs one random b-tree insert per row, which for a million
/// rows in a file larger than the page cache is many times slower. Both happen inside the write transaction, so the
/// change stays atomic: other connections keep seeing the old indexes until it commits, and a failure rolls the
/// drop back with the rows.
/// </summary>
internal sealed class DeferredIndexes
{
    /// <summary>Below this many incoming rows, updating indexes in place is cheap enough.</summary>
    public const long MinimumRows = 50_000;

    private readonly SqlSession _session;
    private readonly IReadOnlyList<string> _definitions;

    private DeferredIndexes(SqlSession session, IReadOnlyList<string> definitions)
    {
        _session = session;
        _definitions = definitions;
    }

    /// <summary>
    /// Drops the secondary indexes of <paramref name="table"/> when <paramref name="incomingRows"/> is at least
    /// <see cref="MinimumRows"/> and at least half the rows the table holds; otherwise leaves them alone.
    /// </summary>
    public static DeferredIndexes Prepare(SqlSession session, string table, long incomingRows)
    {
        if (incomingRows < MinimumRows || incomingRows * 2 < session.Scalar<long>($"SELECT count(*) FROM {table};"))
        {
            return new DeferredIndexes(session, []);
        }

        var indexes = new List<(string Name, string Definition)>();
        var command = session.Prepared("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL ORDER BY name;");
        command.Bind("@table", table);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            session.ExecuteScript($"DROP INDEX \"{name}\";");
        }

        return new DeferredIndexes(session, [.. indexes.Select(i => i.Definition)]);
    }

    /// <summary>
    /// Builds the dropped indexes again (call once the batch's rows are written). SQLite may sort with helper threads
    /// meanwhile (one per further core), which shortens the build of a wide index by about a quarter on two cores.
    /// </summary>
    public void Rebuild()
    {
        if (_definitions.Count == 0)
        {
            return;
        }

        _session.ExecuteScript($"PRAGMA threads = {Math.Max(0, Environment.ProcessorCount - 1)};");
        foreach (var definition in _definitions)
        {
            _session.ExecuteScript(definition + ";");
        }

        _session.ExecuteScript("PRAGMA threads = 0;");
    }
}
