using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;

namespace ActorGraph.Domain.Validation;

/// <summary>Stored records held in memory, for <see cref="GraphValidator"/>.</summary>
public sealed class KnownRecords : IKnownRecords
{
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, Document> _documents;
    private readonly HashSet<string> _eventIds;
    private readonly ILookup<string, Actor> _byName;

    public KnownRecords(IEnumerable<Actor> actors, IEnumerable<Document> documents, IEnumerable<string> eventIds)
    {
        _actors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _documents = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _eventIds = eventIds.ToHashSet(StringComparer.Ordinal);
        _byName = _actors.Values
            .SelectMany(a => a.Aliases.Prepend(a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (name, a)))
            .ToLookup(p => p.name, p => p.a, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Nothing stored: the batch must be complete in itself.</summary>
    public static KnownRecords None { get; } = new([], [], []);

    public bool ActorExists(string id) => _actors.ContainsKey(id);

    public Document? FindDocument(string id) => _documents.GetValueOrDefault(id);

    public bool EventExists(string id) => _eventIds.Contains(id);

    public IEnumerable<Actor> ActorsNamed(string name) => _byName[name];
}
