using System.Globalization;
using System.Xml;

namespace ActorGraph.Server.Exports;

/// <summary>
/// Writes a snapshot as GraphML (http://graphml.graphdrawing.org/): one directed graph, actors as nodes and
/// relationships as edges, every property declared as a typed <c>key</c>.
/// </summary>
public static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    public const string ContentType = "application/graphml+xml";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("country", "node", "string"),
        ("distance", "node", "int"),
        ("type", "edge", "string"),
        ("label", "edge", "string"),
        ("symmetric", "edge", "boolean"),
        ("date", "edge", "string"),
        ("start", "edge", "string"),
        ("end", "edge", "string"),
        ("reportedOn", "edge", "string"),
        ("modality", "edge", "string"),
        ("confidence", "edge", "double"),
        ("weight", "edge", "int"),
    ];

    public static async Task WriteAsync(GraphSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        foreach (var (id, target, type) in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, $"{target}.{id}");
            await xml.WriteAttributeStringAsync(null, "for", null, target);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, id);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "actorgraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var node in snapshot.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await DataAsync(xml, "node.label", node.Label);
            await DataAsync(xml, "node.kind", node.Kind.ToString());
            await DataAsync(xml, "node.country", node.Country);
            await DataAsync(xml, "node.distance", node.Distance.ToString(CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }

        foreach (var edge in snapshot.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = GraphSnapshot.Span(edge);
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.SourceId);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.TargetId);
            await DataAsync(xml, "edge.type", edge.Type);
            await DataAsync(xml, "edge.label", edge.Label);
            await DataAsync(xml, "edge.symmetric", edge.Symmetric ? "true" : "false");
            await DataAsync(xml, "edge.date", edge.Date?.ToString());
            await DataAsync(xml, "edge.start", Day(start));
            await DataAsync(xml, "edge.end", Day(end));
            await DataAsync(xml, "edge.reportedOn", Day(edge.ReportedOn));
            await DataAsync(xml, "edge.modality", edge.Modality.ToString());
            await DataAsync(xml, "edge.confidence", edge.Confidence.ToString("R", CultureInfo.InvariantCulture));
            await DataAsync(xml, "edge.weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task DataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }
}
