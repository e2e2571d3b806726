namespace ActorGraph.GraphQL.Execution;

/// <summary>The resolvers do not match the schema; <see cref="Problems"/> lists every mismatch found.</summary>
public sealed class SchemaBindingException(IReadOnlyList<string> problems)
    : Exception("The resolvers do not match the schema:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
