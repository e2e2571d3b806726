using System.Diagnostics;

namespace ActorGraph.Benchmarks.GraphQLHttp;

/// <summary>A server in a child process that prints "listening PORT" once it accepts requests; killed on dispose.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri GraphQLUrl => new($"http://127.0.0.1:{Port}/graphql");

    public static async Task<ServerProcess> StartAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {fileName}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new ServerProcess(process, int.Parse(line["listening ".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        throw new InvalidOperationException($"{fileName} exited before listening: {error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
