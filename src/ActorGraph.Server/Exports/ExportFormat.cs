namespace ActorGraph.Server.Exports;

/// <summary>The formats a graph can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>GraphML, for yEd, Gephi, NetworkX, igraph.</summary>
    GraphML,

    /// <summary>GEXF 1.3 with time spells and weights, for Gephi.</summary>
    Gexf,

    /// <summary>Cytoscape.js elements JSON.</summary>
    Cytoscape,
}

public static class ExportFormats
{
    public static bool TryParse(string text, out ExportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format);

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.GraphML => GraphMLWriter.ContentType,
        ExportFormat.Gexf => GexfWriter.ContentType,
        _ => CytoscapeJsonWriter.ContentType,
    };

    public static string FileExtension(ExportFormat format) => format switch
    {
        ExportFormat.GraphML => "graphml",
        ExportFormat.Gexf => "gexf",
        _ => "cyjs",
    };

    public static Task WriteAsync(ExportFormat format, GraphSnapshot snapshot, DateTimeOffset now, Stream output, CancellationToken cancellationToken) =>
        format switch
        {
            ExportFormat.GraphML => GraphMLWriter.WriteAsync(snapshot, output, cancellationToken),
            ExportFormat.Gexf => GexfWriter.WriteAsync(snapshot, now, output, cancellationToken),
            _ => CytoscapeJsonWriter.WriteAsync(snapshot, output, cancellationToken),
        };
}
