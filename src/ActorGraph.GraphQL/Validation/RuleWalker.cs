using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// Walks a document once, keeping the type information up to date and calling, for each node, the rules
/// that visit its kind (graphql-js's parallel visitor: a rule that skips a subtree skips it alone).
/// </summary>
internal sealed class RuleWalker : AstWalker
{
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[][] _rulesByKind;
    private readonly Dictionary<ValidationRule, Node> _skipping = new(ReferenceEqualityComparer.Instance);
    private ValidationContext? _context;

    public RuleWalker(TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules)
    {
        _typeInfo = typeInfo;
        var byKind = new List<ValidationRule>[KindCount];
        foreach (var rule in rules)
        {
            foreach (var kind in rule.Visits)
            {
                (byKind[(int)kind] ??= []).Add(rule);
            }
        }

        _rulesByKind = [.. byKind.Select(list => list?.ToArray() ?? [])];
    }

    public IReadOnlyList<Node> Path => Ancestors;

    public void Run(DocumentNode document, ValidationContext context)
    {
        _context = context;
        Walk(document);
    }

    protected override bool Enter(Node node)
    {
        _typeInfo.Enter(node);
        foreach (var rule in _rulesByKind[(int)node.Kind])
        {
            if ((_skipping.Count == 0 || !_skipping.ContainsKey(rule)) && !rule.Enter(node, _context!))
            {
                _skipping[rule] = node;
            }
        }

        return true;
    }

    protected override void Leave(Node node)
    {
        foreach (var rule in _rulesByKind[(int)node.Kind])
        {
            if (_skipping.Count > 0 && _skipping.TryGetValue(rule, out var skipped))
            {
                if (ReferenceEquals(skipped, node))
                {
                    _skipping.Remove(rule);
                }

                continue;
            }

            rule.Leave(node, _context!);
        }

        _typeInfo.Leave(node);
    }
}
