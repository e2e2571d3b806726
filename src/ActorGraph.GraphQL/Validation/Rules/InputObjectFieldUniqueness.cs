using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
/// <remarks>As graphql-js: one error per repeat, at the first occurrence's name and the repeat's.</remarks>
public sealed class InputObjectFieldUniqueness : ValidationRule
{
    public override IReadOnlyList<NodeKind> Visits { get; } = [NodeKind.ObjectValue];

    public override bool Enter(Node node, ValidationContext context)
    {
        var fields = ((ObjectValueNode)node).Fields;
        if (fields.Count < 2)
        {
            return true;
        }

        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!seen.TryAdd(field.Name.Value, field.Name))
            {
                context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", seen[field.Name.Value], field.Name);
            }
        }

        return true;
    }
}
