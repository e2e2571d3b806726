using ActorGraph.Domain.Documents;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// Claims and events carry evidence; every piece names a known document and its quote stands exactly at its
/// offsets. A misplaced quote's message says what is at the offsets and where the quote does occur.
/// </summary>
internal static class EvidenceRules
{
    private const int ShownCharacters = 80;

    public static void Check(ValidationScope scope)
    {
        var batch = scope.Batch;
        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            CheckList(scope, $"relationships[{i}]", batch.Relationships[i].Evidence, required: true);
        }

        for (var i = 0; i < batch.Events.Count; i++)
        {
            CheckList(scope, $"events[{i}]", batch.Events[i].Evidence, required: true);
        }

        for (var i = 0; i < batch.Affiliations.Count; i++)
        {
            CheckList(scope, $"affiliations[{i}]", batch.Affiliations[i].Evidence, required: false);
        }
    }

    private static void CheckList(ValidationScope scope, string owner, IReadOnlyList<Evidence> evidence, bool required)
    {
        if (required && evidence.Count == 0)
        {
            scope.Add($"{owner}.evidence", "No evidence: give at least one quote from a document.");
        }

        for (var k = 0; k < evidence.Count; k++)
        {
            CheckOne(scope, $"{owner}.evidence[{k}]", evidence[k]);
        }
    }

    private static void CheckOne(ValidationScope scope, string path, Evidence evidence)
    {
        var document = scope.FindDocument(evidence.DocumentId);
        if (document is null)
        {
            scope.Add($"{path}.document", $"Unknown document '{evidence.DocumentId}'.");
            return;
        }

        if (evidence.Quote.Length == 0)
        {
            scope.Add($"{path}.quote", "The quote is empty.");
            return;
        }

        var text = document.Text;
        if (evidence.Start < 0 || evidence.Start > text.Length)
        {
            scope.Add($"{path}.start", $"The start offset {evidence.Start} is outside document '{document.Id}' ({text.Length} characters).{Elsewhere(text, evidence.Quote)}");
            return;
        }

        if (evidence.End < evidence.Start || evidence.End > text.Length)
        {
            var why = evidence.End < evidence.Start ? $"is before the start offset {evidence.Start}" : $"is past the end of document '{document.Id}' ({text.Length} characters)";
            scope.Add($"{path}.end", $"The end offset {evidence.End} {why}.{Elsewhere(text, evidence.Quote)}");
            return;
        }

        var actual = text[evidence.Start..evidence.End];
        if (!string.Equals(actual, evidence.Quote, StringComparison.Ordinal))
        {
            scope.Add($"{path}.quote", $"The quote is not at {evidence.Start}..{evidence.End} of document '{document.Id}': the text there is \"{Shorten(actual)}\".{Elsewhere(text, evidence.Quote)}");
        }
    }

    private static string Elsewhere(string text, string quote)
    {
        var starts = EvidenceLocator.Occurrences(text, quote);
        return starts.Count == 0
            ? " The quote does not occur anywhere in the document."
            : $" The quote occurs at {string.Join(", ", starts.Select(s => $"{s}..{s + quote.Length}"))}.";
    }

    private static string Shorten(string text) =>
        text.Length <= ShownCharacters ? text : string.Concat(text.AsSpan(0, ShownCharacters), "…");
}
