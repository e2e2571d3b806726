using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence: the type condition of every fragment names a type of the schema.
/// Type references inside type-system definitions of the document are checked the same way (as graphql-js
/// does); those of variable definitions belong to <see cref="VariablesAreInputTypes"/>.
/// </summary>
public sealed class FragmentSpreadTypeExistence : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.NamedType];

    public override bool Enter(Node node, ValidationContext context)
    {
        var path = context.Ancestors;
        if (path.Count > 2 && path[2] is VariableDefinitionNode)
        {
            return true;
        }

        var name = ((NamedTypeNode)node).Name.Value;
        if (context.IsKnownTypeName(name))
        {
            return true;
        }

        var inTypeSystemDefinition = path.Count > 1 && path[1] is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (inTypeSystemDefinition && (BuiltInScalars.IsBuiltIn(name) || IntrospectionTypes.IsIntrospectionTypeName(name)))
        {
            return true;
        }

        context.ReportError($"Unknown type \"{name}\".", node);
        return true;
    }
}
