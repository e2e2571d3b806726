using System.Globalization;
using System.Text.Json;

namespace ActorGraph.Server.Exports;

/// <summary>
/// Writes a snapshot as Cytoscape.js JSON: <c>{"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}</c>,
/// loadable with <c>cytoscape({elements})</c> or <c>cy.json(...)</c>; edge data carries <c>weight</c>, <c>start</c> and <c>end</c>.
/// </summary>
public static class CytoscapeJsonWriter
{
    public const string ContentType = "application/vnd.cytoscape+json";

    public static async Task WriteAsync(GraphSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteBoolean("truncated", snapshot.Truncated);
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        foreach (var node in snapshot.Nodes)
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Id);
            json.WriteString("label", node.Label);
            json.WriteString("kind", node.Kind.ToString());
            if (node.Country is not null)
            {
                json.WriteString("country", node.Country);
            }

            json.WriteNumber("distance", node.Distance);
            json.WriteNumber("degree", node.Degree);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushWhenFullAsync(json, output, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in snapshot.Edges)
        {
            var (start, end) = GraphSnapshot.Span(edge);
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", edge.Id);
            json.WriteString("source", edge.SourceId);
            json.WriteString("target", edge.TargetId);
            json.WriteString("type", edge.Type);
            json.WriteString("label", edge.Label);
            json.WriteBoolean("symmetric", edge.Symmetric);
            if (edge.Date is { } date)
            {
                json.WriteString("date", date.ToString());
            }

            json.WriteString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("reportedOn", edge.ReportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("modality", edge.Modality.ToString());
            json.WriteNumber("confidence", edge.Confidence);
            json.WriteNumber("weight", edge.Weight);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushWhenFullAsync(json, output, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static async Task FlushWhenFullAsync(Utf8JsonWriter json, Stream output, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 64 * 1024)
        {
            await json.FlushAsync(cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
    }
}
