using System.Diagnostics;
using ActorGraph.TestSupport;

namespace ActorGraph.Explorer.Tests;

/// <summary>Runs one scenario of browser/scenarios.mjs in Debian's chromium, installed first when missing.</summary>
public static class BrowserScenario
{
    private static readonly string BrowserFolder = RepositoryPaths.Combine("tests", "ActorGraph.Explorer.Tests", "browser");
    private static readonly Lazy<Task> ChromiumInstalled = new(EnsureChromiumAsync);

    /// <summary>Where the screenshots go: test-output/explorer under the test's output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "test-output", "explorer");

    public static async Task<string> RunAsync(string scenario, Uri server)
    {
        await ChromiumInstalled.Value;
        return await NodeScript.RunAsync(BrowserFolder, "scenarios.mjs", scenario, server.ToString().TrimEnd('/'), ScreenshotFolder, RepositoryPaths.SeedData);
    }

    private static async Task EnsureChromiumAsync()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(BrowserFolder, "ensure-chromium.sh"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing chromium failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
