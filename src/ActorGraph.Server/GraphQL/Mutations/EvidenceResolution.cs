using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Validation;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>Turns quotes into evidence: each quote must occur in its document's text, and its offsets are computed here.</summary>
public static class EvidenceResolution
{
    public const int MaxEvidence = 50;

    /// <summary>The evidence and the documents it cites (read in one store call); unknown documents are <c>NOT_FOUND</c>.</summary>
    public static async Task<(IReadOnlyList<Evidence> Evidence, IReadOnlyDictionary<string, Document> Documents)> ResolveAsync(
        ResolverContext ctx, IReadOnlyList<EvidenceInput>? inputs, string field)
    {
        var list = InputCheck.List(inputs, field, MaxEvidence);
        var keys = list.Select((e, i) => GlobalId.KeyOf(e.Document, GlobalId.Document, $"{field}[{i}].document")).ToList();
        var documents = await ctx.Store().GetDocumentsAsync([.. keys.Distinct(StringComparer.Ordinal)], ctx.CancellationToken);
        var evidence = new List<Evidence>();
        for (var i = 0; i < list.Count; i++)
        {
            if (!documents.TryGetValue(keys[i], out var document))
            {
                throw ApiErrors.NotFound($"No document with key '{keys[i]}' ('{field}[{i}].document').");
            }

            evidence.Add(Locate(document, list[i], $"{field}[{i}]"));
        }

        return (evidence, documents);
    }

    private static Evidence Locate(Document document, EvidenceInput input, string path)
    {
        var quote = input.Quote ?? string.Empty;
        if (quote.Length is 0 or > InputCheck.MaxTextLength)
        {
            throw ApiErrors.InvalidInput($"'{path}.quote' must hold 1 to {InputCheck.MaxTextLength} characters.");
        }

        if (input.Occurrence is not { } occurrence)
        {
            return EvidenceLocator.Require(document, quote, path: path + ".quote");
        }

        var starts = EvidenceLocator.Occurrences(document.Text, quote);
        if (starts.Count == 0)
        {
            return EvidenceLocator.Require(document, quote, path: path + ".quote");
        }

        return occurrence >= 1 && occurrence <= starts.Count
            ? new Evidence(document.Id, quote, starts[occurrence - 1], starts[occurrence - 1] + quote.Length)
            : throw ApiErrors.InvalidInput($"'{path}.occurrence' is {occurrence}, but the quote occurs {starts.Count} time(s) in '{document.Id}'.");
    }
}
