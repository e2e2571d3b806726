namespace ActorGraph.GraphQL.Execution;

/// <summary>Bounds that stop abusive requests; each is optional (null turns it off) and gives a clear error.</summary>
public sealed class GraphQLLimits
{
    public int? MaxDocumentBytes { get; set; } = 65_536;

    public int? MaxTokens { get; set; } = 15_000;

    /// <summary>Deepest field nesting, with fragments expanded (a root field is depth 1).</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>Most aliased fields one operation may contain, counted through fragments.</summary>
    public int? MaxAliases { get; set; } = 100;

    /// <summary>Highest estimated cost (see docs/graphql-engine.md); introspection fields are free.</summary>
    public int? MaxCost { get; set; } = 100_000;

    /// <summary>The page size assumed for a list field without a page-size argument.</summary>
    public int DefaultListSize { get; set; } = 10;

    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
