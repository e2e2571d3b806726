using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution;
using ActorGraph.GraphQL.Language;
using ActorGraph.Server.Auth;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>
/// Refuses a mutation operation as a whole, before any of its fields runs, when one of its root fields (after
/// fragments, aliases, <c>@skip</c> and <c>@include</c>) needs a role the caller's key lacks. Mutation root fields run
/// one after another, so without this an editor's <c>createActor</c> would be written before its <c>mergeActors</c>
/// is refused. The executor calls it (<see cref="GraphQLExecutorOptions.BeforeExecution"/>) with the root fields it is
/// about to run, whether the document came as text or as a persisted-query hash.
/// </summary>
/// <remarks>
/// Only a caller whose key allows some mutations but not all needs this: an anonymous caller or a reader may run
/// none, so the guard of the first mutation refuses before anything is written, and the highest role may run all.
/// </remarks>
public static class MutationPreCheck
{
    /// <exception cref="GraphQLRequestException">A root field of the mutation needs a higher role (403).</exception>
    public static ValueTask CheckAsync(OperationPlan plan, GraphQLRequestContext request)
    {
        var user = request.User;
        if (plan.Operation != OperationType.Mutation || !Caller.IsAuthenticated(user) || Caller.Has(user, MutationRoles.Highest))
        {
            return ValueTask.CompletedTask;
        }

        var refused = plan.RootFields
            .Distinct(StringComparer.Ordinal)
            .Where(field => MutationRoles.TryGet(field, out var role) && !Caller.Has(user, role))
            .Select(field => $"'{field}' needs the {MutationRoles.Of(field)} role")
            .ToList();
        if (refused.Count > 0)
        {
            throw GraphQLRequestException.Forbidden(
                $"Nothing was run: {string.Join(", ", refused)}; the key '{Caller.Name(user)}' has the {Caller.RoleOf(user)} role.");
        }

        return ValueTask.CompletedTask;
    }
}
