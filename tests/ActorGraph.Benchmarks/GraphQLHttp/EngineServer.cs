using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using ActorGraph.GraphQL.AspNetCore;
using ActorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Benchmarks.GraphQLHttp;

/// <summary>Our engine behind our GraphQL-over-HTTP endpoint, answering from the benchmark's in-memory data.</summary>
internal static class EngineServer
{
    public static ExecutableSchema BuildSchema(AnalystData data) =>
        new ExecutableSchemaBuilder(File.ReadAllText(Path.Combine(AnalystData.Folder, "analyst.graphql")))
            .Resolve("Query.actor", ctx => data.Actors.GetValueOrDefault(ctx.Argument<string>("id")))
            .BindType<AnalystActor>("Actor")
            .Resolve("Actor.country", ctx => ctx.Parent<AnalystActor>().CountryCode is { } code ? data.Countries.GetValueOrDefault(code) : null)
            .Resolve("Actor.relationships", ctx => data.RelationshipsOf(ctx.Parent<AnalystActor>().Id, ctx.Argument<int>("first")))
            .BindType<AnalystCountry>("Country")
            .BindType<AnalystRelationship>("Relationship")
            .Resolve("Relationship.target", ctx => data.Actors[ctx.Parent<AnalystRelationship>().TargetId])
            .BindType<AnalystEvidence>("Evidence")
            .Resolve("Evidence.document", ctx => data.Documents[ctx.Parent<AnalystEvidence>().DocumentId])
            .BindType<AnalystDocument>("Document")
            .Build();

    public static async Task ServeAsync(CancellationToken cancellationToken)
    {
        var data = AnalystData.Load();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddGraphQL(_ => BuildSchema(data));
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await ServerHosting.RunAsync(app, cancellationToken);
    }
}
