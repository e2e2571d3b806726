using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Time;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Inputs;

/// <summary>Turns filter inputs into the store's queries, rejecting what cannot mean anything (unknown types, reversed windows).</summary>
public static class FilterMapping
{
    public static DateWindow Window(DateWindowInput? input, string argument = "window")
    {
        if (input is null)
        {
            return DateWindow.Unbounded;
        }

        var from = Dates.Day(input.From, argument + ".from");
        var to = Dates.Day(input.To, argument + ".to");
        if (to < from)
        {
            throw ApiErrors.InvalidInput($"'{argument}' ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        return new DateWindow(from, to);
    }

    public static IReadOnlySet<string>? Types(IReadOnlyList<string>? types, RelationshipVocabulary vocabulary)
    {
        if (types is null || types.Count == 0)
        {
            return null;
        }

        var unknown = types.Where(t => !vocabulary.Contains(t)).ToList();
        return unknown.Count == 0
            ? types.ToHashSet(StringComparer.Ordinal)
            : throw ApiErrors.InvalidInput($"Unknown relationship type(s) {string.Join(", ", unknown.Select(t => $"'{t}'"))}; the query 'vocabulary' lists them.");
    }

    public static double Confidence(double value) =>
        value is >= 0 and <= 1 ? value : throw ApiErrors.InvalidInput($"'minConfidence' must be between 0 and 1; it is {value}.");

    public static EdgeFilter Edges(EdgeFilterInput? input, RelationshipVocabulary vocabulary) => input is null
        ? EdgeFilter.All
        : new EdgeFilter
        {
            Types = Types(input.Types, vocabulary),
            Direction = input.Direction,
            Window = Window(input.Window),
            Modalities = input.Modalities is { Count: > 0 } modalities ? modalities.ToHashSet() : null,
            MinConfidence = Confidence(input.MinConfidence),
            DocumentId = input.Document is null ? null : GlobalId.KeyOf(input.Document, GlobalId.Document, "document"),
            IncludeRetracted = input.IncludeRetracted,
        };

    public static PageRequest Page(int first, string? after) => new(Paging.CheckFirst(first), after);
}
