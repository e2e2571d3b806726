using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Server.Auth;
using Microsoft.AspNetCore.Authentication;

namespace ActorGraph.Server.Exports;

/// <summary>
/// <c>GET /export/{graphml|gexf|cytoscape}</c>: a neighbourhood (<c>?ids=qatar&amp;depth=2&amp;types=MEDIATES&amp;from=...&amp;to=...</c>)
/// or, without <c>ids</c>, the whole graph. Reading rules are those of GraphQL queries; errors come as GraphQL-style JSON.
/// </summary>
public static class ExportEndpoints
{
    public static IServiceCollection AddActorGraphExports(this IServiceCollection services) =>
        services.AddSingleton<SnapshotReader>();

    public static IEndpointRouteBuilder MapActorGraphExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{format}", ExportAsync);
        return endpoints;
    }

    private static async Task ExportAsync(
        HttpContext context,
        string format,
        AccessPolicy access,
        SnapshotReader reader,
        RelationshipVocabulary vocabulary,
        TimeProvider clock)
    {
        if (access.CanRead(context.User) != AccessDecision.Allowed)
        {
            await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
            return;
        }

        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status404NotFound, "NOT_FOUND", $"'{format}' is not an export format; use graphml, gexf or cytoscape.");
            return;
        }

        GraphSnapshot snapshot;
        try
        {
            var request = ExportRequest.Parse(name => [.. context.Request.Query[name].OfType<string>()], vocabulary);
            snapshot = await reader.ReadAsync(request, cancellationToken: context.RequestAborted);
        }
        catch (DomainException e)
        {
            var status = e is NotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            await ErrorResponses.WriteAsync(context, status, e.Code, e.Message);
            return;
        }

        context.Response.ContentType = ExportFormats.ContentType(exportFormat) + "; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"actorgraph.{ExportFormats.FileExtension(exportFormat)}\"";
        await ExportFormats.WriteAsync(exportFormat, snapshot, clock.GetUtcNow(), context.Response.Body, context.RequestAborted);
    }
}
