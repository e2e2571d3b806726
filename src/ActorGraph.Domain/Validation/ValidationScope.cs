using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Domain.Validation;

/// <summary>What every rule sees: the batch, what is stored, the vocabulary, and the issues found so far.</summary>
internal sealed class ValidationScope
{
    private readonly HashSet<string> _actorIds;
    private readonly Dictionary<string, Document> _documents;
    private readonly HashSet<string> _eventIds;

    public ValidationScope(GraphBatch batch, IKnownRecords known, RelationshipVocabulary vocabulary)
    {
        Batch = batch;
        Known = known;
        Vocabulary = vocabulary;
        _actorIds = batch.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _documents = batch.Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToDictionary(d => d.Id, StringComparer.Ordinal);
        _eventIds = batch.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
    }

    public GraphBatch Batch { get; }

    public IKnownRecords Known { get; }

    public RelationshipVocabulary Vocabulary { get; }

    public List<ValidationIssue> Issues { get; } = [];

    public bool ActorExists(string id) => _actorIds.Contains(id) || Known.ActorExists(id);

    public bool EventExists(string id) => _eventIds.Contains(id) || Known.EventExists(id);

    /// <summary>The document with this id, from the batch or else from the store.</summary>
    public Document? FindDocument(string id) => _documents.GetValueOrDefault(id) ?? Known.FindDocument(id);

    public void Add(string path, string message) => Issues.Add(new ValidationIssue(path, message));
}
