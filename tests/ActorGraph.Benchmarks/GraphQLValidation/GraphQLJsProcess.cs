using System.Diagnostics;
using System.Text;

namespace ActorGraph.Benchmarks.GraphQLValidation;

/// <summary>Runs a Node script of the conformance harness's folder, installing its pinned packages first when missing.</summary>
internal static class GraphQLJsProcess
{
    public static async Task<string> RunAsync(string script, string input, CancellationToken cancellationToken)
    {
        var folder = BenchmarkDocuments.GraphQLJsFolder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            await ExecuteAsync("npm", ["ci", "--no-audit", "--no-fund"], string.Empty, cancellationToken);
        }

        return await ExecuteAsync("node", [script], input, cancellationToken);
    }

    private static async Task<string> ExecuteAsync(string fileName, string[] arguments, string input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = BenchmarkDocuments.GraphQLJsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }
}
