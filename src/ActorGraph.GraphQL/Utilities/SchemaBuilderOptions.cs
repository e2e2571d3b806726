using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities;

public sealed record SchemaBuilderOptions
{
    public static SchemaBuilderOptions Default { get; } = new();

    /// <summary>Coercion hooks for custom scalars, by scalar name; scalars not listed pass values through unchanged.</summary>
    public IReadOnlyDictionary<string, ScalarCoercion> Scalars { get; init; } = new Dictionary<string, ScalarCoercion>();

    /// <summary>Skips type-system validation (for schemas already known to be valid).</summary>
    public bool AssumeValid { get; init; }

    /// <summary>Parser limits for the SDL; schema files are trusted, so the defaults are generous.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Schema;
}
