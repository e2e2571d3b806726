using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// The <see cref="Fingerprint"/>s of a batch's relationships, worked out by two threads that never wait for each other:
/// another core from the last relationship backwards (<see cref="WorkBackwards"/>), while the writer writes documents
/// and actors and then relationships from the first on, working out any fingerprint not ready yet itself
/// (<see cref="For"/>). The two meet somewhere in the middle; a fingerprint worked out by both is the same string.
/// </summary>
internal sealed class RelationshipFingerprints(IReadOnlyList<Relationship> relationships)
{
    private readonly string?[] _fingerprints = new string?[relationships.Count];

    /// <summary>Works out fingerprints from the last relationship back, until it meets one already worked out.</summary>
    public void WorkBackwards(CancellationToken cancellationToken)
    {
        for (var i = _fingerprints.Length - 1; i >= 0 && Volatile.Read(ref _fingerprints[i]) is null; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Volatile.Write(ref _fingerprints[i], Fingerprint.Of(relationships[i]));
        }
    }

    /// <summary>The fingerprint of relationship <paramref name="index"/>, worked out here if the other thread has not yet.</summary>
    public string For(int index)
    {
        if (Volatile.Read(ref _fingerprints[index]) is { } ready)
        {
            return ready;
        }

        var fingerprint = Fingerprint.Of(relationships[index]);
        Volatile.Write(ref _fingerprints[index], fingerprint);
        return fingerprint;
    }
}
