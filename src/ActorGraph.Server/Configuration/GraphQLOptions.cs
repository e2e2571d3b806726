namespace ActorGraph.Server.Configuration;

/// <summary>Limits on GraphQL requests (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The schema file; a relative path is taken from the application's folder.</summary>
    public string SchemaPath { get; set; } = "schema/actorgraph.graphql";

    public int MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    public int MaxDepth { get; set; } = 15;

    public int MaxCost { get; set; } = 200_000;

    public int MaxAliases { get; set; } = 100;

    public int ExecutionTimeoutSeconds { get; set; } = 30;
}
