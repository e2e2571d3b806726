namespace ActorGraph.GraphQL.Language;

/// <summary>
/// Limits that make the parser reject abusive documents quickly, each with a syntax error naming the limit.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>Limits suited to requests from clients.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Limits suited to trusted schema files (SDL), which may be large.</summary>
    public static ParserOptions Schema { get; } = new()
    {
        MaxTokens = int.MaxValue,
        MaxDocumentBytes = int.MaxValue,
    };

    /// <summary>Maximum number of tokens (comments and the end of file not counted); default 50,000.</summary>
    public int MaxTokens { get; init; } = 50_000;

    /// <summary>
    /// Maximum nesting of selection sets, list and object values and list types; default 128. The parser
    /// recurses once per level, so this bound also keeps it far from the end of the stack; values above
    /// about 2,000 are not safe on small thread stacks.
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Maximum size of the document in UTF-8 bytes; default 1 MiB.</summary>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;
}
