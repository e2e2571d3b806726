using ActorGraph.Domain.Changes;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.Auth;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>What every mutation does first: check the caller's role (before any read or write) and name the change.</summary>
public static class MutationGuard
{
    /// <summary>The key under which the HTTP layer leaves the request id in the request's items.</summary>
    public const string RequestIdItem = "requestId";

    /// <summary>
    /// Checks the role <see cref="MutationRoles"/> gives this mutation. The whole operation was checked before it ran
    /// (<see cref="MutationPreCheck"/>); this guard still covers documents that check could not read, such as a
    /// persisted query sent by its hash alone.
    /// </summary>
    /// <exception cref="GraphQLRequestException">The caller is anonymous (401) or its role is too low (403).</exception>
    public static void Require(ResolverContext ctx)
    {
        var role = MutationRoles.Of(ctx.FieldName);
        switch (AccessPolicy.Requires(ctx.User, role))
        {
            case AccessDecision.Unauthenticated:
                throw GraphQLRequestException.Unauthenticated($"'{ctx.FieldName}' needs an API key with the {role} role (Authorization: Bearer <key> or X-Api-Key).");
            case AccessDecision.Forbidden:
                throw GraphQLRequestException.Forbidden($"'{ctx.FieldName}' needs the {role} role; the key '{Caller.Name(ctx.User)}' has the {Caller.RoleOf(ctx.User)} role.");
        }
    }

    /// <summary>Who makes the change, when, and in which request: recorded in the audit trail.</summary>
    public static ChangeContext Change(ResolverContext ctx) => new(
        Caller.Name(ctx.User),
        ctx.Service<TimeProvider>().GetUtcNow(),
        ctx.Request.Items.TryGetValue(RequestIdItem, out var id) ? id as string : null);
}
