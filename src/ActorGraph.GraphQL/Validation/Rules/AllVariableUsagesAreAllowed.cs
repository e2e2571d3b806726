using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in; a nullable
/// variable may fill a non-null position only when it or the position has a default. A field of a OneOf input
/// object is a non-null position (IsNonNullPosition, September 2025) wherever the OneOf object stands,
/// also as a non-null argument or a list item, which graphql-js 16 does not check.
/// </summary>
public sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.OperationDefinition];

    public override bool Enter(Node node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.VariableDefinitions.Count == 0)
        {
            return true;
        }

        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            if (definitions.GetValueOrDefault(usage.Node.Name.Value) is { } definition && usage.Type is { } locationType
                && TypeHelpers.TypeFromAst(context.Schema, definition.Type) is { } variableType)
            {
                Check(context, definition, variableType, usage, locationType);
            }
        }

        return true;
    }

    private static void Check(ValidationContext context, VariableDefinitionNode definition, GraphQLType variableType, VariableUsage usage, GraphQLType locationType)
    {
        var name = usage.Node.Name.Value;
        var hasNonNullDefault = definition.DefaultValue is not null and not NullValueNode;
        if (!IsAllowed(context.Schema, variableType, hasNonNullDefault, locationType, usage.LocationHasDefault))
        {
            context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
        }

        if (usage.ParentType?.GetNullableType() is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType && !hasNonNullDefault)
        {
            context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
        }
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, bool variableHasNonNullDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            return (variableHasNonNullDefault || locationHasDefault) && TypeHelpers.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeHelpers.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
