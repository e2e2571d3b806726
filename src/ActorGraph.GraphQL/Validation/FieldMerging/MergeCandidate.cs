using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.FieldMerging;

/// <summary>A field selection as field merging sees it: where it was selected, its definition and its arguments.</summary>
internal sealed class MergeCandidate(NamedType? parentType, FieldNode node, FieldDefinition? definition)
{
    private Dictionary<string, ValueNode>? _arguments;

    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public FieldDefinition? Definition { get; } = definition;

    /// <summary>No arguments and no selection set: two such selections of one field always merge.</summary>
    public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null;

    /// <summary>The arguments by name (the last one wins for a repeated name).</summary>
    public Dictionary<string, ValueNode> Arguments
    {
        get
        {
            if (_arguments is null)
            {
                _arguments = new Dictionary<string, ValueNode>(Node.Arguments.Count, StringComparer.Ordinal);
                foreach (var argument in Node.Arguments)
                {
                    _arguments[argument.Name.Value] = argument.Value;
                }
            }

            return _arguments;
        }
    }
}
