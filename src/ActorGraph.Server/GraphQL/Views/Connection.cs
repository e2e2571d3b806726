namespace ActorGraph.Server.GraphQL.Views;

/// <summary>One page of a Relay connection.</summary>
public sealed record Connection<T>(IReadOnlyList<ConnectionEdge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IReadOnlyList<T> Nodes { get; } = [.. Edges.Select(e => e.Node)];
}

public sealed record ConnectionEdge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
