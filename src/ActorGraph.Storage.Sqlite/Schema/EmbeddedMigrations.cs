using System.Globalization;

namespace ActorGraph.Storage.Sqlite.Schema;

/// <summary>The migrations shipped in this assembly: <c>Schema/Migrations/NNNN_name.sql</c>, applied in version order.</summary>
internal static class EmbeddedMigrations
{
    private const string Prefix = "ActorGraph.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<Migration> All { get; } = Load();

    private static Migration[] Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[Prefix.Length..^".sql".Length];
                var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
                var version = int.Parse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture);
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new Migration(version, fileName[(underscore + 1)..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToArray();

        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"SQLite migrations must be numbered 1, 2, 3, ... without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }
}
