using System.Diagnostics;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Runs the Node scripts of <c>cypher-lint/</c>, installing their pinned packages with <c>npm ci</c> once
/// (on a fresh clone node_modules is missing).
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Folder => RepositoryPaths.Combine("tests", "ActorGraph.Storage.Neo4j.Tests", "cypher-lint");

    public static async Task<string> RunScriptAsync(string script, string? stdin, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await RunAsync("node", [script, .. arguments], stdin);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed with exit code {exitCode}: {error}");
        }

        return output;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")) &&
                Directory.Exists(Path.Combine(Folder, "node_modules", "yaml")))
            {
                return;
            }

            var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], stdin: null);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed with exit code {exitCode}: {error}{output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IReadOnlyList<string> arguments, string? stdin)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
