using System.Text.Json;

namespace ActorGraph.Server.Auth;

/// <summary>Writes a refusal the GraphQL-over-HTTP way: a JSON body with one error carrying <c>extensions.code</c>.</summary>
public static class ErrorResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
