using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type: every literal can be coerced to the type expected where it stands (scalars
/// and enums by their literal parsing, null only where nullable, lists and input objects by shape), and a
/// OneOf input object literal has exactly one field, which is not null.
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } =
    [
        NodeKind.ListValue, NodeKind.ObjectValue, NodeKind.NullValue, NodeKind.EnumValue, NodeKind.IntValue,
        NodeKind.FloatValue, NodeKind.StringValue, NodeKind.BooleanValue,
    ];

    public override bool Enter(Node node, ValidationContext context)
    {
        var info = context.TypeInfo;
        switch (node)
        {
            case ListValueNode or ObjectValueNode when MisplacedValues.IsMisplaced(node, info):
                CheckLeaf((ValueNode)node, context);
                return false;
            case ObjectValueNode objectValue when info.InputType?.GetNamedType() is InputObjectType { IsOneOf: true } oneOf:
                CheckOneOf(objectValue, oneOf, context);
                break;
            case NullValueNode when info.InputType is NonNullType nonNull:
                context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node, context);
                break;
        }

        return true;
    }

    private static void CheckLeaf(ValueNode node, ValidationContext context)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var reason = locationType.GetNamedType() switch
        {
            EnumType enumType => Parse(() => enumType.ParseLiteral(node)),
            ScalarType scalar => Parse(() => scalar.ParseLiteral(node)),
            _ => string.Empty,
        };
        if (reason is not null)
        {
            var found = $"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}";
            context.ReportError(reason.Length == 0 ? found + "." : reason, node);
        }
    }

    /// <summary>Runs a literal parser; null when it accepts the literal, else the reason it gave.</summary>
    private static string? Parse(Func<object?> parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (GraphQLError error)
        {
            return error.Message;
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return exception.Message;
        }
    }

    private static void CheckOneOf(ObjectValueNode value, InputObjectType type, ValidationContext context)
    {
        var fields = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in value.Fields)
        {
            fields[field.Name.Value] = field.Value;
        }

        if (fields.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", value);
        }
        else if (fields.First() is { Value: NullValueNode } only)
        {
            context.ReportError($"Field \"{type.Name}.{only.Key}\" must be non-null.", value);
        }
    }
}
