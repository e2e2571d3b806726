using System.Diagnostics;

namespace ActorGraph.TestSupport;

/// <summary>Runs a Node script in a folder that pins its npm packages with a package-lock.json; installs them with npm ci when node_modules is missing, so tests work on a fresh clone.</summary>
public static class NodeScript
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<string> RunAsync(string folder, string script, params string[] arguments)
    {
        await EnsureInstalledAsync(folder);
        var (exitCode, output, error) = await ExecuteAsync("node", folder, [script, .. arguments]);
        return exitCode == 0 ? output : throw new InvalidOperationException($"node {script} failed ({exitCode}): {error}");
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(folder, "node_modules")))
            {
                return;
            }

            var (exitCode, _, error) = await ExecuteAsync("npm", folder, ["ci", "--no-audit", "--no-fund"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {folder}: {error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(string fileName, string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
