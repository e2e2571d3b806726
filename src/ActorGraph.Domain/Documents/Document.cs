namespace ActorGraph.Domain.Documents;

/// <summary>A source document, stored whole and exactly as received: evidence offsets refer to <see cref="Text"/>.</summary>
public sealed record Document
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Publisher { get; init; }

    public required DateOnly PublishedOn { get; init; }

    /// <summary>BCP 47 language tag, such as <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    public string? Url { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Article;

    public required string Text { get; init; }
}
