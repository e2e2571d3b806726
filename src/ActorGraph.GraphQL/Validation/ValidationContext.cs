using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// What a rule sees while the document is walked: the schema, the document, the type information at the
/// current node, cached facts about fragments and variable usages, and where to report errors.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private readonly Func<IReadOnlyList<Node>> _ancestors;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private HashSet<string>? _documentTypeNames;
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Func<IReadOnlyList<Node>> ancestors, List<GraphQLError> errors, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _ancestors = ancestors;
        _errors = errors;
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>The types in scope at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The nodes enclosing the node being visited, outermost first.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors();

    /// <summary>Records an error (code GRAPHQL_VALIDATION_FAILED) located at the given nodes.</summary>
    public void ReportError(string message, params Node[] nodes) => ReportError(new GraphQLError(message, nodes, ErrorCodes.ValidationFailed));

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", code: ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>Records an error and stops validation (for documents too costly to validate further).</summary>
    public void Abort(string message)
    {
        _errors.Add(new GraphQLError(message, code: ErrorCodes.ValidationFailed));
        throw new ValidationAbortedException();
    }

    /// <summary>The fragment definition with this name (the last one, when the name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>True when the schema has a type of this name or the document itself defines one (graphql-js counts both as known).</summary>
    public bool IsKnownTypeName(string name)
    {
        _documentTypeNames ??= [.. Document.Definitions.OfType<TypeDefinitionNode>().Select(t => t.Name.Value)];
        return Schema.GetType(name) is not null || _documentTypeNames.Contains(name);
    }

    /// <summary>A directive defined by the document itself (graphql-js lets such a definition stand in for the schema's).</summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name)
    {
        if (_documentDirectives is null)
        {
            _documentDirectives = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
            foreach (var directive in Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _documentDirectives[directive.Name.Value] = directive;
            }
        }

        return _documentDirectives.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set (not following them into their fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } nested }:
                        pending.Push(nested);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment an operation reaches through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (seen.Add(spread.Name.Value))
            {
                names.Add(spread.Name.Value);
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used inside an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used by an operation and by every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}
