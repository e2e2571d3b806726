using System.Text;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>One problem found while coercing a variable value: where in the value, the offending value, and why.</summary>
public sealed record InputCoercionError(IReadOnlyList<object> Path, object? InvalidValue, GraphQLError Error)
{
    /// <summary>The path as graphql-js prints it after the variable name, e.g. <c>.items[2].name</c>.</summary>
    public string FormatPath()
    {
        var builder = new StringBuilder();
        foreach (var segment in Path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }
}
