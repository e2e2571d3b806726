using System.Reflection;

namespace ActorGraph.TestSupport;

/// <summary>Locates files of this repository from a test, wherever the build put its output.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's top folder (the one holding ActorGraph.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string Schema => Path.Combine(Root, "schema");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "ActorGraph.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ActorGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (no ActorGraph.sln above the test output).");
    }
}
