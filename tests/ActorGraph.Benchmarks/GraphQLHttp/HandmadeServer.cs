using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using System.Text.Json;
using ActorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Benchmarks.GraphQLHttp;

/// <summary>
/// The lower bound: an ASP.NET endpoint that reads the same request and writes the same response JSON
/// directly from the data, with no GraphQL at all.
/// </summary>
internal static class HandmadeServer
{
    private const int RelationshipsAsked = 3;

    public static async Task ServeAsync(CancellationToken cancellationToken)
    {
        var data = AnalystData.Load();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/graphql", async http =>
        {
            using var request = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            var id = request.RootElement.GetProperty("variables").GetProperty("id").GetString()!;
            http.Response.ContentType = "application/json; charset=utf-8";
            await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, ExecutionResult.JsonWriterOptions))
            {
                Write(writer, data, id);
            }

            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        });
        await ServerHosting.RunAsync(app, cancellationToken);
    }

    private static void Write(Utf8JsonWriter writer, AnalystData data, string id)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        if (!data.Actors.TryGetValue(id, out var actor))
        {
            writer.WriteNull("actor");
        }
        else
        {
            writer.WriteStartObject("actor");
            writer.WriteString("id", actor.Id);
            writer.WriteString("name", actor.Name);
            writer.WriteString("kind", actor.Kind);
            writer.WriteStartArray("aliases");
            foreach (var alias in actor.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
            if (actor.CountryCode is { } code && data.Countries.TryGetValue(code, out var country))
            {
                writer.WriteStartObject("country");
                writer.WriteString("code", country.Code);
                writer.WriteString("name", country.Name);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("country");
            }

            writer.WriteStartArray("relationships");
            foreach (var relationship in data.RelationshipsOf(actor.Id, RelationshipsAsked))
            {
                WriteRelationship(writer, data, relationship);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, AnalystData data, AnalystRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("id", relationship.Id);
        writer.WriteString("kind", relationship.Kind);
        writer.WriteNumber("confidence", relationship.Confidence);
        var target = data.Actors[relationship.TargetId];
        writer.WriteStartObject("target");
        writer.WriteString("id", target.Id);
        writer.WriteString("name", target.Name);
        writer.WriteString("kind", target.Kind);
        writer.WriteEndObject();
        writer.WriteStartArray("evidence");
        foreach (var evidence in relationship.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("quote", evidence.Quote);
            writer.WriteNumber("start", evidence.Start);
            writer.WriteNumber("end", evidence.End);
            var document = data.Documents[evidence.DocumentId];
            writer.WriteStartObject("document");
            writer.WriteString("id", document.Id);
            writer.WriteString("title", document.Title);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
