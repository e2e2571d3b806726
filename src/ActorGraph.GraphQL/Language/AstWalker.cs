namespace ActorGraph.GraphQL.Language;

/// <summary>
/// Depth-first traversal of an AST in source order, with enter and leave hooks (like graphql-js's visit).
/// Returning false from <see cref="Enter"/> skips the node's children and its <see cref="Leave"/>.
/// The nodes above the current one are available in <see cref="Ancestors"/>.
/// Descriptions are not visited: the specification says they must not affect validation, and graphql-js's
/// validate skips them the same way (a description string is no value of the variable it documents).
/// </summary>
public abstract class AstWalker
{
    private readonly List<Node> _ancestors = [];

    /// <summary>The nodes enclosing the node being visited, outermost first.</summary>
    protected IReadOnlyList<Node> Ancestors => _ancestors;

    public void Walk(Node node)
    {
        if (!Enter(node))
        {
            return;
        }

        _ancestors.Add(node);
        WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(node);
    }

    protected virtual bool Enter(Node node) => true;

    protected virtual void Leave(Node node)
    {
    }

    private void WalkChildren(Node node)
    {
        switch (node)
        {
            case DocumentNode n: WalkAll(n.Definitions); break;
            case OperationDefinitionNode n:
                WalkOptional(n.Name);
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Walk(n.Variable);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case VariableNode n: Walk(n.Name); break;
            case SelectionSetNode n: WalkAll(n.Selections); break;
            case FieldNode n:
                WalkOptional(n.Alias);
                Walk(n.Name);
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                WalkOptional(n.SelectionSet);
                break;
            case ArgumentNode n: Walk(n.Name); Walk(n.Value); break;
            case FragmentSpreadNode n: Walk(n.Name); WalkAll(n.Directives); break;
            case InlineFragmentNode n:
                WalkOptional(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Walk(n.Name);
                Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case ListValueNode n: WalkAll(n.Values); break;
            case ObjectValueNode n: WalkAll(n.Fields); break;
            case ObjectFieldNode n: Walk(n.Name); Walk(n.Value); break;
            case DirectiveNode n: Walk(n.Name); WalkAll(n.Arguments); break;
            case NamedTypeNode n: Walk(n.Name); break;
            case ListTypeNode n: Walk(n.Type); break;
            case NonNullTypeNode n: Walk(n.Type); break;
            default: WalkTypeSystemChildren(node); break;
        }
    }

    private void WalkTypeSystemChildren(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n: WalkAll(n.Directives); WalkAll(n.OperationTypes); break;
            case SchemaExtensionNode n: WalkAll(n.Directives); WalkAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Walk(n.Type); break;
            case ScalarTypeDefinitionNode n: Walk(n.Name); WalkAll(n.Directives); break;
            case ScalarTypeExtensionNode n: Walk(n.Name); WalkAll(n.Directives); break;
            case ObjectTypeDefinitionNode n:
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case ObjectTypeExtensionNode n: Walk(n.Name); WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case InterfaceTypeDefinitionNode n:
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeExtensionNode n: Walk(n.Name); WalkAll(n.Interfaces); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case FieldDefinitionNode n:
                Walk(n.Name);
                WalkAll(n.Arguments);
                Walk(n.Type);
                WalkAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Walk(n.Name);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case UnionTypeDefinitionNode n: Walk(n.Name); WalkAll(n.Directives); WalkAll(n.Types); break;
            case UnionTypeExtensionNode n: Walk(n.Name); WalkAll(n.Directives); WalkAll(n.Types); break;
            case EnumTypeDefinitionNode n: Walk(n.Name); WalkAll(n.Directives); WalkAll(n.Values); break;
            case EnumTypeExtensionNode n: Walk(n.Name); WalkAll(n.Directives); WalkAll(n.Values); break;
            case EnumValueDefinitionNode n: Walk(n.Name); WalkAll(n.Directives); break;
            case InputObjectTypeDefinitionNode n: Walk(n.Name); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case InputObjectTypeExtensionNode n: Walk(n.Name); WalkAll(n.Directives); WalkAll(n.Fields); break;
            case DirectiveDefinitionNode n: Walk(n.Name); WalkAll(n.Arguments); WalkAll(n.Locations); break;
        }
    }

    private void WalkOptional(Node? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }
}
