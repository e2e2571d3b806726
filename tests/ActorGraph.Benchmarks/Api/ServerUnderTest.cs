using System.Diagnostics;
using ActorGraph.TestSupport;

namespace ActorGraph.Benchmarks.Api;

/// <summary>
/// The ActorGraph server started with the README's run command (<c>dotnet run -c Release --project src/ActorGraph.Server</c>)
/// in its own process. Its output is drained and only the last lines are kept, for the error when it fails to start.
/// </summary>
internal sealed class ServerUnderTest : IDisposable
{
    private const int KeptLines = 40;

    private readonly Process _launcher;
    private readonly Queue<string> _tail = new();
    private Process? _server;

    private ServerUnderTest(Process launcher)
    {
        _launcher = launcher;
        _launcher.OutputDataReceived += (_, e) => Keep(e.Data);
        _launcher.ErrorDataReceived += (_, e) => Keep(e.Data);
        _launcher.BeginOutputReadLine();
        _launcher.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; private init; } = null!;

    public static async Task<ServerUnderTest> StartAsync(int port, IEnumerable<string> settings, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["run", "-c", "Release", "--project", "src/ActorGraph.Server", "--no-launch-profile", "--",
                     $"--urls=http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning", .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ServerUnderTest(Process.Start(start) ?? throw new InvalidOperationException("Cannot start the server."))
        {
            BaseUrl = new Uri($"http://127.0.0.1:{port}"),
        };
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>The processor time the server process (not the <c>dotnet run</c> launcher) has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var server = _server ??= FindServer(_launcher.Id) ?? _launcher;
            server.Refresh();
            return server.TotalProcessorTime;
        }
    }

    public void Dispose()
    {
        _launcher.Kill(entireProcessTree: true);
        _launcher.WaitForExit();
        _launcher.Dispose();
        _server?.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var ready = await http.GetAsync(new Uri(BaseUrl, "/readyz"), cancellationToken);
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (_launcher.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({_launcher.ExitCode}) before it was ready:\n{Tail()}");
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"The server was not ready within 5 minutes:\n{Tail()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > KeptLines)
            {
                _tail.Dequeue();
            }
        }
    }

    private string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    /// <summary><c>dotnet run</c> starts the built server as its child; Linux lists a process's children under <c>/proc</c>.</summary>
    private static Process? FindServer(int launcherId)
    {
        var children = $"/proc/{launcherId}/task/{launcherId}/children";
        if (!File.Exists(children))
        {
            return null;
        }

        var ids = File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ids.Length == 0 ? null : Process.GetProcessById(int.Parse(ids[0], System.Globalization.CultureInfo.InvariantCulture));
    }
}
