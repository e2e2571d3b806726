using System.Security.Claims;
using ActorGraph.Server.Configuration;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Auth;

public enum AccessDecision
{
    Allowed,

    /// <summary>The caller must present a (valid) key: 401.</summary>
    Unauthenticated,

    /// <summary>The caller's key does not grant enough: 403.</summary>
    Forbidden,
}

/// <summary>Decides what a caller may do: reading needs a key unless anonymous reading is on; writing needs a role.</summary>
public sealed class AccessPolicy(IOptions<AuthOptions> options)
{
    public AccessDecision CanRead(ClaimsPrincipal? user) =>
        options.Value.AllowAnonymousRead || Caller.IsAuthenticated(user) ? AccessDecision.Allowed : AccessDecision.Unauthenticated;

    public static AccessDecision Requires(ClaimsPrincipal? user, Role role) =>
        !Caller.IsAuthenticated(user) ? AccessDecision.Unauthenticated
        : Caller.Has(user, role) ? AccessDecision.Allowed
        : AccessDecision.Forbidden;
}
