namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>What a statement returned: the field names and one list of values per row, already decoded from typed JSON.</summary>
internal sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Values)
{
    public static QueryResult Empty { get; } = new([], []);

    /// <summary>The rows as maps from field name to value.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Rows =>
        Values.Select(row => (IReadOnlyDictionary<string, object?>)Fields.Select((name, i) => (name, value: row[i])).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));

    /// <summary>The single value of the single row, such as a count.</summary>
    public object? Scalar => Values.Count == 0 ? null : Values[0][0];
}
