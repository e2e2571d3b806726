using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// The fields of a selection set grouped by response name (inline fragments flattened), and the fragments it
/// spreads, with the memos field merging keeps per collection.
/// </summary>
internal sealed class CollectedFields
{
    public List<ResponseGroup> Groups { get; } = [];

    public Dictionary<string, ResponseGroup> GroupsByName { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields, and whether that comparison was under mutually exclusive parents.</summary>
    public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);

    /// <summary>The response groups this collection shares with another one, once computed.</summary>
    public Dictionary<CollectedFields, List<(ResponseGroup Mine, ResponseGroup Theirs)>> Overlaps { get; } = new(ReferenceEqualityComparer.Instance);

    public void Add(MergeCandidate candidate)
    {
        var key = candidate.Node.ResponseKey;
        if (!GroupsByName.TryGetValue(key, out var group))
        {
            group = new ResponseGroup(key);
            GroupsByName[key] = group;
            Groups.Add(group);
        }

        group.Fields.Add(candidate);
    }
}
