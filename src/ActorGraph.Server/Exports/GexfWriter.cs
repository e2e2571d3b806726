using System.Globalization;
using System.Xml;

namespace ActorGraph.Server.Exports;

/// <summary>
/// Writes a snapshot as GEXF 1.3 (https://gexf.net/), a dynamic graph Gephi can play in time: every edge has a spell
/// (the days its date may denote, else its reported day) and a weight (its number of pieces of evidence); every node
/// has a spell from its earliest to its latest edge. Symmetric relationships are undirected edges.
/// </summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string ContentType = "application/gexf+xml";

    private static readonly (string Id, string Type)[] NodeAttributes = [("kind", "string"), ("country", "string"), ("distance", "integer")];

    private static readonly (string Id, string Type)[] EdgeAttributes =
        [("type", "string"), ("date", "string"), ("reportedOn", "string"), ("modality", "string"), ("confidence", "double")];

    public static async Task WriteAsync(GraphSnapshot snapshot, DateTimeOffset now, Stream output, CancellationToken cancellationToken)
    {
        var nodeSpans = NodeSpans(snapshot);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await xml.WriteStartElementAsync(null, "meta", Namespace);
        await xml.WriteAttributeStringAsync(null, "lastmodifieddate", null, GraphMLWriter.Day(DateOnly.FromDateTime(now.UtcDateTime)));
        await xml.WriteElementStringAsync(null, "creator", Namespace, "ActorGraph");
        await xml.WriteElementStringAsync(null, "description", Namespace, "Diplomatic actors and evidence-backed relationships");
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await xml.WriteAttributeStringAsync(null, "timerepresentation", null, "interval");
        await AttributesAsync(xml, "node", NodeAttributes);
        await AttributesAsync(xml, "edge", EdgeAttributes);

        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        foreach (var node in snapshot.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, node.Label);
            await AttValuesAsync(xml, [("kind", node.Kind.ToString()), ("country", node.Country), ("distance", node.Distance.ToString(CultureInfo.InvariantCulture))]);
            if (nodeSpans.TryGetValue(node.Id, out var span))
            {
                await SpellAsync(xml, span.Start, span.End);
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", Namespace);
        foreach (var edge in snapshot.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = GraphSnapshot.Span(edge);
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.SourceId);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.TargetId);
            await xml.WriteAttributeStringAsync(null, "type", null, edge.Symmetric ? "undirected" : "directed");
            await xml.WriteAttributeStringAsync(null, "kind", null, edge.Type);
            await xml.WriteAttributeStringAsync(null, "label", null, edge.Label);
            await xml.WriteAttributeStringAsync(null, "weight", null, edge.Weight.ToString(CultureInfo.InvariantCulture));
            await AttValuesAsync(xml,
            [
                ("type", edge.Type),
                ("date", edge.Date?.ToString()),
                ("reportedOn", GraphMLWriter.Day(edge.ReportedOn)),
                ("modality", edge.Modality.ToString()),
                ("confidence", edge.Confidence.ToString("R", CultureInfo.InvariantCulture)),
            ]);
            await SpellAsync(xml, start, end);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static Dictionary<string, (DateOnly Start, DateOnly End)> NodeSpans(GraphSnapshot snapshot)
    {
        var spans = new Dictionary<string, (DateOnly Start, DateOnly End)>(StringComparer.Ordinal);
        foreach (var edge in snapshot.Edges)
        {
            var (start, end) = GraphSnapshot.Span(edge);
            foreach (var id in new[] { edge.SourceId, edge.TargetId })
            {
                spans[id] = spans.TryGetValue(id, out var span)
                    ? (start < span.Start ? start : span.Start, end > span.End ? end : span.End)
                    : (start, end);
            }
        }

        return spans;
    }

    private static async Task AttributesAsync(XmlWriter xml, string target, (string Id, string Type)[] attributes)
    {
        await xml.WriteStartElementAsync(null, "attributes", Namespace);
        await xml.WriteAttributeStringAsync(null, "class", null, target);
        foreach (var (id, type) in attributes)
        {
            await xml.WriteStartElementAsync(null, "attribute", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "title", null, id);
            await xml.WriteAttributeStringAsync(null, "type", null, type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task AttValuesAsync(XmlWriter xml, (string For, string? Value)[] values)
    {
        await xml.WriteStartElementAsync(null, "attvalues", Namespace);
        foreach (var (target, value) in values.Where(v => v.Value is not null))
        {
            await xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await xml.WriteAttributeStringAsync(null, "for", null, target);
            await xml.WriteAttributeStringAsync(null, "value", null, value);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task SpellAsync(XmlWriter xml, DateOnly start, DateOnly end)
    {
        await xml.WriteStartElementAsync(null, "spells", Namespace);
        await xml.WriteStartElementAsync(null, "spell", Namespace);
        await xml.WriteAttributeStringAsync(null, "start", null, GraphMLWriter.Day(start));
        await xml.WriteAttributeStringAsync(null, "end", null, GraphMLWriter.Day(end));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }
}
