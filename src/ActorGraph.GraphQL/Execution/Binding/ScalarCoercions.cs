using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Turns an application's scalar hooks into the model's <see cref="ScalarCoercion"/>: literals are first made plain
/// values so one parse hook serves variables and literals; a parse hook's non-GraphQL exception becomes a clear input error.
/// </summary>
internal static class ScalarCoercions
{
    public static ScalarCoercion From(string name, ScalarHooks hooks) => new(
        value => value is null ? null : hooks.Serialize(value),
        value => Parse(name, hooks, value),
        (literal, variables) => Parse(name, hooks, ValueFromAst.Untyped(literal, variables)));

    private static object? Parse(string name, ScalarHooks hooks, object? value)
    {
        try
        {
            return hooks.Parse(value);
        }
        catch (Exception error) when (error is not GraphQLError)
        {
            throw new GraphQLError($"{name} cannot represent value: {ValueInspector.Inspect(value)}", code: ErrorCodes.BadUserInput);
        }
    }
}
