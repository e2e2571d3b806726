namespace ActorGraph.Server.Hosting;

/// <summary>
/// Resolves configured paths. Files shipped with the application (seed data, the schema) are looked up next to
/// the executable, so the server runs the same from any working folder.
/// </summary>
public static class ApplicationPaths
{
    public static string FromApplicationFolder(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));

    public static string FromWorkingFolder(string path) => Path.GetFullPath(path);
}
