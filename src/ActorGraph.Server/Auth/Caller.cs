using System.Security.Claims;

namespace ActorGraph.Server.Auth;

/// <summary>Reads who the authenticated caller is from the request's principal.</summary>
public static class Caller
{
    public const string AnonymousName = "anonymous";

    public static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    public static string Name(ClaimsPrincipal? user) =>
        IsAuthenticated(user) ? user!.Identity!.Name ?? AnonymousName : AnonymousName;

    public static Role? RoleOf(ClaimsPrincipal? user) =>
        IsAuthenticated(user) && Enum.TryParse<Role>(user!.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool Has(ClaimsPrincipal? user, Role required) => RoleOf(user) is { } role && role >= required;
}
