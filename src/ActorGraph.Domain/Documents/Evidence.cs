namespace ActorGraph.Domain.Documents;

/// <summary>
/// The exact passage of a document that asserts a claim. <see cref="Start"/> and <see cref="End"/> are
/// UTF-16 code-unit offsets into the document's original text, end exclusive, so that
/// <c>text[Start..End] == Quote</c>.
/// </summary>
public sealed record Evidence(string DocumentId, string Quote, int Start, int End);
