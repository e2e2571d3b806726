namespace ActorGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// The selections sharing one response name. Selections without a selection set that select the same
/// field on the same type with the same arguments are interchangeable: they never conflict with each other
/// and conflict with anything else alike, so they are compared once per bucket rather than once per pair.
/// </summary>
internal sealed class ResponseGroup(string responseName)
{
    private List<List<MergeCandidate>>? _buckets;

    public string ResponseName { get; } = responseName;

    public List<MergeCandidate> Fields { get; } = [];

    public List<List<MergeCandidate>> Buckets(ValueKeys keys)
    {
        if (_buckets is not null)
        {
            return _buckets;
        }

        _buckets = [];
        var byKey = new Dictionary<(object? Parent, string Name, object? Definition, string Arguments), List<MergeCandidate>>();
        foreach (var field in Fields)
        {
            if (keys.InterchangeableKey(field) is not { } arguments)
            {
                _buckets.Add([field]);
                continue;
            }

            var key = ((object?)field.ParentType, field.Node.Name.Value, (object?)field.Definition, arguments);
            if (!byKey.TryGetValue(key, out var bucket))
            {
                byKey[key] = bucket = [];
                _buckets.Add(bucket);
            }

            bucket.Add(field);
        }

        return _buckets;
    }
}
