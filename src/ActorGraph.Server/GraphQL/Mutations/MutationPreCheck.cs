using System.Text.Json;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution;
using ActorGraph.GraphQL.Language;
using ActorGraph.Server.Auth;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>
/// Refuses a mutation operation as a whole, before any of its fields runs, when one of its root fields (after
/// fragments, aliases, <c>@skip</c> and <c>@include</c>) needs a role the caller's key lacks. Mutation root fields run
/// one after another, so without this an editor's <c>createActor</c> would be written before its <c>mergeActors</c>
/// is refused.
/// </summary>
/// <remarks>
/// Only a caller whose key allows some mutations but not all needs this: an anonymous caller or a reader may run
/// none, so the guard of the first mutation refuses before anything is written, and the highest role may run all.
/// The executor does not hand the parsed operation to the server, so the check reads the request body again
/// (kept by <see cref="RequestBodyBuffering"/>) and parses the document itself. Malformed requests are left
/// to the executor, which reports them.
/// </remarks>
public static class MutationPreCheck
{
    /// <exception cref="GraphQLRequestException">A root field of the mutation needs a higher role (403).</exception>
    public static async ValueTask CheckAsync(HttpContext http)
    {
        var user = http.User;
        if (!Caller.IsAuthenticated(user) || Caller.Has(user, MutationRoles.Highest) || !http.Request.Body.CanSeek)
        {
            return;
        }

        if (await ReadRequestAsync(http) is not { Query: { } query } request || Parse(query) is not { } document)
        {
            return;
        }

        var refused = (MutationRootFields.Of(document, request.OperationName, request.Variables) ?? [])
            .Select(field => field.Name.Value)
            .Distinct(StringComparer.Ordinal)
            .Where(field => MutationRoles.TryGet(field, out var role) && !Caller.Has(user, role))
            .Select(field => $"'{field}' needs the {MutationRoles.Of(field)} role")
            .ToList();
        if (refused.Count > 0)
        {
            throw GraphQLRequestException.Forbidden(
                $"Nothing was run: {string.Join(", ", refused)}; the key '{Caller.Name(user)}' has the {Caller.RoleOf(user)} role.");
        }
    }

    private static async Task<GraphQLRequest?> ReadRequestAsync(HttpContext http)
    {
        var body = http.Request.Body;
        body.Position = 0;
        try
        {
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: http.RequestAborted);
            return GraphQLRequest.FromJson(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static DocumentNode? Parse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLSyntaxError)
        {
            return null;
        }
    }
}
