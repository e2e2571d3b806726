using System.Text;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// Canonical text of argument values, so that two values compare equal exactly when graphql-js's field merging
/// finds them identical (object fields in name order; a block string differs from a plain one).
/// </summary>
internal sealed class ValueKeys
{
    private readonly Dictionary<ValueNode, string> _cache = new(ReferenceEqualityComparer.Instance);

    public string Of(ValueNode value)
    {
        if (!_cache.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            Append(builder, value);
            key = builder.ToString();
            _cache[value] = key;
        }

        return key;
    }

    /// <summary>The key of a selection's arguments when it has no selection set and no repeated argument; else null.</summary>
    public string? InterchangeableKey(MergeCandidate field)
    {
        if (field.Node.SelectionSet is not null || field.Arguments.Count != field.Node.Arguments.Count)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var argument in field.Node.Arguments.OrderBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            builder.Append(argument.Name.Value).Append('=').Append(Of(argument.Value)).Append(';');
        }

        return builder.ToString();
    }

    private void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: builder.Append('$').Append(variable.Name.Value); break;
            case IntValueNode i: builder.Append("i:").Append(i.Value); break;
            case FloatValueNode f: builder.Append("f:").Append(f.Value); break;
            case StringValueNode s: builder.Append(s.Block ? "b" : "s").Append(s.Value.Length).Append(':').Append(s.Value); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append("e:").Append(e.Value); break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    builder.Append(Of(item)).Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':').Append(Of(field.Value)).Append(',');
                }

                builder.Append('}');
                break;
        }
    }
}
