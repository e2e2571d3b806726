using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;

namespace ActorGraph.Domain.Validation;

/// <summary>Finds where a quote stands in a document's text, so callers can give a quote without counting characters.</summary>
public static class EvidenceLocator
{
    /// <summary>The start offsets of every exact (ordinal) occurrence of <paramref name="quote"/> in <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> Occurrences(string text, string quote)
    {
        var starts = new List<int>();
        if (quote.Length == 0)
        {
            return starts;
        }

        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        return starts;
    }

    /// <summary>
    /// Where the quote is: its single occurrence or, when it occurs more than once, the occurrence nearest
    /// <paramref name="hint"/> (the earlier one on a tie). Without a hint a repeated quote is ambiguous.
    /// </summary>
    public static QuoteLocation Locate(string text, string quote, int? hint = null)
    {
        var starts = Occurrences(text, quote);
        return starts.Count switch
        {
            0 => new QuoteLocation(QuoteLocationStatus.NotFound, null, starts),
            1 => new QuoteLocation(QuoteLocationStatus.Found, starts[0], starts),
            _ when hint is { } near => new QuoteLocation(QuoteLocationStatus.Found, starts.MinBy(s => Math.Abs((long)s - near)), starts),
            _ => new QuoteLocation(QuoteLocationStatus.Ambiguous, null, starts),
        };
    }

    /// <summary>The evidence for <paramref name="quote"/> in <paramref name="document"/>.</summary>
    /// <exception cref="ValidationException">The quote is not in the text, or occurs more than once and no hint was given.</exception>
    public static Evidence Require(Document document, string quote, int? hint = null, string path = "quote")
    {
        var location = Locate(document.Text, quote, hint);
        return location.Status switch
        {
            QuoteLocationStatus.Found => new Evidence(document.Id, quote, location.Start!.Value, location.Start.Value + quote.Length),
            QuoteLocationStatus.NotFound => throw new ValidationException(path, $"The quote does not occur in document '{document.Id}' (the match is exact: same spaces, quotes and dashes)."),
            _ => throw new ValidationException(path, $"The quote occurs {location.Candidates.Count} times in document '{document.Id}' (at {string.Join(", ", location.Candidates)}); give a longer quote or a hint offset."),
        };
    }
}

public enum QuoteLocationStatus
{
    Found,
    NotFound,
    Ambiguous,
}

/// <summary>The outcome of <see cref="EvidenceLocator.Locate"/>: the chosen start offset (when found) and every occurrence.</summary>
public sealed record QuoteLocation(QuoteLocationStatus Status, int? Start, IReadOnlyList<int> Candidates);
