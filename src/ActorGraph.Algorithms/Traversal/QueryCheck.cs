using System.Globalization;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Algorithms.Traversal;

/// <summary>Checks of algorithm requests that answer bad input with a <see cref="ValidationException"/> naming the field.</summary>
internal static class QueryCheck
{
    public static void InRange(int value, int min, int max, string field)
    {
        if (value < min || value > max)
        {
            throw new ValidationException(field, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}, but is {value}."));
        }
    }

    public static void Filter(EdgeFilter filter, RelationshipVocabulary vocabulary, string field)
    {
        var unknown = filter.Types?.Where(t => !vocabulary.Contains(t)).Order(StringComparer.Ordinal).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new ValidationException(field + ".types", $"{string.Join(", ", unknown.Select(t => $"'{t}'"))} is not a relationship type of the vocabulary.");
        }

        if (filter.Window is { From: { } from, To: { } to } && to < from)
        {
            throw new ValidationException(field + ".window", string.Create(CultureInfo.InvariantCulture, $"ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
        }

        if (filter.MinConfidence is < 0 or > 1 || double.IsNaN(filter.MinConfidence))
        {
            throw new ValidationException(field + ".minConfidence", string.Create(CultureInfo.InvariantCulture, $"must be between 0 and 1, but is {filter.MinConfidence}."));
        }
    }

    public static void Limits(WorkLimits limits, string field)
    {
        InRange(limits.MaxNodesExpanded, 1, int.MaxValue, field + ".maxNodesExpanded");
        InRange(limits.MaxEdgesScanned, 1, int.MaxValue, field + ".maxEdgesScanned");
    }

    public static void ActorId(string? id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ValidationException(field, "must name an actor.");
        }
    }
}
