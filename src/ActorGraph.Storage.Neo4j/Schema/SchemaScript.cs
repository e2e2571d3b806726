using System.Globalization;
using System.Reflection;

namespace ActorGraph.Storage.Neo4j.Schema;

/// <summary>One numbered file of <c>schema/neo4j</c>, split into its statements (one Query API request each).</summary>
internal sealed record SchemaScript(int Version, string Name, IReadOnlyList<string> Statements)
{
    private const string ResourcePrefix = "ActorGraph.Storage.Neo4j.Schema.";

    /// <summary>The scripts embedded in this assembly, in version order.</summary>
    public static IReadOnlyList<SchemaScript> Embedded { get; } = LoadEmbedded();

    /// <summary>Parses a script named like <c>003_relationship_date_indexes.cypher</c>: statements end with <c>;</c>, <c>//</c> lines are comments.</summary>
    public static SchemaScript Parse(string name, string text)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new FormatException($"The schema script '{name}' must be named <number>_<what>.cypher.");
        }

        var code = string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var statements = code.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return new SchemaScript(version, name, statements);
    }

    private static List<SchemaScript> LoadEmbedded()
    {
        var assembly = typeof(SchemaScript).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .Select(n => Parse(n[ResourcePrefix.Length..], Read(assembly, n)))
            .OrderBy(s => s.Version)];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
