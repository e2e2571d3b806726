using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;
using ActorGraph.TestSupport;

namespace ActorGraph.GraphQL.Tests.Conformance;

/// <summary>One document of the corpus and the schema it is validated against.</summary>
public sealed record CorpusDocument(string Name, string Schema, string Text)
{
    public override string ToString() => Name;
}

/// <summary>
/// The conformance corpus: <c>corpus/*.graphql</c> files holding many documents, each introduced by a line
/// <c>### name</c>, optionally followed by <c>@schema</c> and by <c>crlf</c> or <c>cr</c> (the document's
/// lines then end that way); a file's first line <c>#! schema NAME</c> sets the default schema. The schemas are the SDL files in <c>schemas/</c> plus the public ActorGraph schema.
/// </summary>
public static class ConformanceCorpus
{
    private const string HeaderPrefix = "### ";
    private const string DefaultSchemaPrefix = "#! schema ";

    public static string Folder { get; } = RepositoryPaths.Combine("tests", "ActorGraph.GraphQL.Tests", "Conformance");

    public static IReadOnlyDictionary<string, string> SchemaSdl { get; } = LoadSchemaSdl();

    public static IReadOnlyList<CorpusDocument> Documents { get; } = LoadDocuments();

    private static readonly Dictionary<string, Schema> Built = SchemaSdl.ToDictionary(s => s.Key, s => SchemaBuilder.FromSdl(s.Value));

    public static Schema Schema(string name) => Built[name];

    private static Dictionary<string, string> LoadSchemaSdl()
    {
        var schemas = Directory.GetFiles(Path.Combine(Folder, "schemas"), "*.graphql")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        schemas["actorgraph"] = File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "actorgraph.graphql"));
        return schemas;
    }

    private static List<CorpusDocument> LoadDocuments()
    {
        var documents = new List<CorpusDocument>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "corpus"), "*.graphql").Order(StringComparer.Ordinal))
        {
            documents.AddRange(Split(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file).ReplaceLineEndings("\n")));
        }

        var duplicate = documents.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? documents : throw new InvalidOperationException($"The corpus names \"{duplicate.Key}\" twice.");
    }

    private static IEnumerable<CorpusDocument> Split(string fileName, string content)
    {
        var lines = content.Split('\n');
        var defaultSchema = lines[0].StartsWith(DefaultSchemaPrefix, StringComparison.Ordinal)
            ? lines[0][DefaultSchemaPrefix.Length..].Trim()
            : throw new InvalidOperationException($"corpus/{fileName}.graphql must start with \"{DefaultSchemaPrefix}NAME\".");
        string? name = null;
        var schema = defaultSchema;
        var lineEnd = "\n";
        var body = new List<string>();
        foreach (var line in lines.Skip(1).Append(HeaderPrefix + "end"))
        {
            if (!line.StartsWith(HeaderPrefix, StringComparison.Ordinal))
            {
                body.Add(line);
                continue;
            }

            if (name is not null)
            {
                yield return new CorpusDocument($"{fileName}/{name}", schema, (string.Join('\n', body).TrimEnd('\n') + "\n").Replace("\n", lineEnd, StringComparison.Ordinal));
            }

            var header = line[HeaderPrefix.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            name = header[0];
            schema = header.FirstOrDefault(h => h.StartsWith('@'))?[1..] ?? defaultSchema;
            lineEnd = header.Contains("crlf") ? "\r\n" : header.Contains("cr") ? "\r" : "\n";
            body.Clear();
        }
    }
}
