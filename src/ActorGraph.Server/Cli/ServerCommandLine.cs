using System.CommandLine;
using ActorGraph.Server.Hosting;

namespace ActorGraph.Server.Cli;

/// <summary>
/// The executable's commands: without a command it serves the API; <c>import</c> and <c>export</c> do bulk work.
/// Arguments it does not know (<c>--urls</c>, <c>--Store:Provider=Neo4j</c>, ...) are passed on as configuration.
/// </summary>
public static class ServerCommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ActorGraph: a knowledge graph of diplomatic actors and evidence-backed relationships, served over GraphQL.")
        {
            ImportCommand.Create(),
            ExportCommand.Create(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (_, cancellationToken) =>
        {
            await ServerApplication.Build(args).RunAsync(cancellationToken);
            return 0;
        });

        // Exceptions are not swallowed (a failing start ends the process with its exception), and SIGINT/SIGTERM are left
        // to the web host, whose graceful shutdown waits for requests in flight (HostOptions:ShutdownTimeout).
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }
}
