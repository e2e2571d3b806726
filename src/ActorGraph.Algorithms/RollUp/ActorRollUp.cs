using ActorGraph.Domain.Actors;

namespace ActorGraph.Algorithms.RollUp;

/// <summary>
/// Who an actor acts for. An actor rolls up along its affiliations of the types that make it act for another —
/// <c>LEADS</c>, <c>SERVES_IN</c>, <c>SPOKESPERSON_FOR</c>, <c>REPRESENTS</c> and <c>PART_OF</c> — and on from there,
/// until an actor with no such affiliation: Antony Blinken (<c>SERVES_IN</c> the United States) rolls up to the
/// United States, William Burns (<c>LEADS</c> the CIA, which is <c>PART_OF</c> the United States) too. <c>MEMBER_OF</c>
/// is not followed: a state that is a member of the Arab League does not act for it.
/// </summary>
/// <remarks>
/// An affiliation with a tenure counts only on the days of its tenure; one without a tenure counts on every day.
/// Where an actor has several such affiliations on a day, the first by type (in the order above) and then by
/// organisation id is followed, so the answer is deterministic. Affiliations are read in batches, one level of the
/// hierarchy per read, and kept for the roll-up's lifetime.
/// </remarks>
public sealed class ActorRollUp(AffiliationSource affiliations)
{
    /// <summary>The affiliation types followed upwards, in order of preference.</summary>
    public static IReadOnlyList<string> ActsForTypes { get; } = ["LEADS", "SERVES_IN", "SPOKESPERSON_FOR", "REPRESENTS", "PART_OF"];

    private static readonly Dictionary<string, int> TypeOrder =
        ActsForTypes.Select((type, i) => (type, i)).ToDictionary(p => p.type, p => p.i, StringComparer.Ordinal);

    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Affiliation>> _upwards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Affiliation>> _downwards = new(StringComparer.Ordinal);

    /// <summary>Reads what is needed to roll up these actors and everything above them.</summary>
    public async Task LoadUpwardsAsync(IEnumerable<string> actorIds, CancellationToken cancellationToken)
    {
        var level = actorIds.Where(id => !_read.Contains(id)).ToHashSet(StringComparer.Ordinal);
        while (level.Count > 0)
        {
            await ReadAsync(level, cancellationToken).ConfigureAwait(false);
            level = [.. level.SelectMany(Parents).Where(id => !_read.Contains(id))];
        }
    }

    /// <summary>
    /// Reads the actors that roll up into these (their members, their members' members, ...) on some day, and returns them.
    /// </summary>
    public async Task<IReadOnlySet<string>> MembersAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var level = actorIds.ToHashSet(StringComparer.Ordinal);
        while (level.Count > 0)
        {
            await ReadAsync(level.Where(id => !_read.Contains(id)).ToList(), cancellationToken).ConfigureAwait(false);
            level = [.. level.SelectMany(Children).Where(id => members.Add(id) && !actorIds.Contains(id))];
        }

        return members;
    }

    /// <summary>The actor <paramref name="actorId"/> acts for on <paramref name="day"/> (itself when none); any day when null.</summary>
    public string RepresentativeOf(string actorId, DateOnly? day)
    {
        var current = actorId;
        var seen = new HashSet<string>(StringComparer.Ordinal) { current };
        while (Parent(current, day) is { } parent && seen.Add(parent))
        {
            current = parent;
        }

        return current;
    }

    private string? Parent(string actorId, DateOnly? day) =>
        _upwards.TryGetValue(actorId, out var affiliations)
            ? affiliations.FirstOrDefault(a => day is not { } d || a.Tenure is not { } tenure || (tenure.Start <= d && d <= tenure.End))?.OrganisationId
            : null;

    private IEnumerable<string> Parents(string actorId) =>
        _upwards.TryGetValue(actorId, out var affiliations) ? affiliations.Select(a => a.OrganisationId) : [];

    private IEnumerable<string> Children(string actorId) =>
        _downwards.TryGetValue(actorId, out var affiliations) ? affiliations.Select(a => a.MemberId) : [];

    private async Task ReadAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        if (actorIds.Count == 0)
        {
            return;
        }

        var read = await affiliations(actorIds, cancellationToken).ConfigureAwait(false);
        foreach (var affiliation in read.Where(a => TypeOrder.ContainsKey(a.Type)))
        {
            Add(_upwards, affiliation.MemberId, affiliation);
            Add(_downwards, affiliation.OrganisationId, affiliation);
        }

        _read.UnionWith(actorIds);
    }

    private static void Add(Dictionary<string, List<Affiliation>> index, string key, Affiliation affiliation)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Any(a => a.Id == affiliation.Id))
        {
            return;
        }

        list.Add(affiliation);
        list.Sort(static (a, b) =>
        {
            var byType = IndexOfType(a.Type).CompareTo(IndexOfType(b.Type));
            return byType != 0 ? byType : string.CompareOrdinal(a.OrganisationId, b.OrganisationId);
        });
    }

    private static int IndexOfType(string type) => TypeOrder[type];
}
