using System.Diagnostics;
using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite.CrashProbe;
using ActorGraph.Storage.Sqlite.Tests.Database;
using ActorGraph.TestSupport;
using Xunit.Abstractions;

namespace ActorGraph.Storage.Sqlite.Tests.Durability;

/// <summary>
/// A writer killed with SIGKILL in the middle of its imports: the file stays consistent and holds every batch the
/// writer acknowledged, each batch whole; at most the batch in flight is there unacknowledged, and then whole too.
/// The same holds for a store's first large load, which writes into the file directly with a rollback journal.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int BatchSize = 40;
    private const int AcknowledgementsBeforeKill = 25;

    /// <summary>Large enough for a direct load, and to take a few seconds: the kill must land while it writes.</summary>
    private const int LoadSize = 150_000;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_killed_writer_leaves_every_acknowledged_batch_whole_and_no_partial_batch()
    {
        var path = _directory.File("crash.db");
        var acknowledged = await RunProbeUntilKilledAsync(path);

        acknowledged.Should().HaveCountGreaterThanOrEqualTo(AcknowledgementsBeforeKill);
        acknowledged.Should().Equal(Enumerable.Range(0, acknowledged.Count));
        IntegrityCheck(path).Should().Be("ok");

        var store = SqliteGraphStore.ForFile(path);
        var stats = await store.GetStatsAsync();
        var candidates = Enumerable.Range(0, acknowledged.Count + 1)
            .SelectMany(b => Enumerable.Range(0, BatchSize).Select(i => ProbeBatches.RelationshipId(b, i)))
            .ToList();
        var stored = await store.GetRelationshipsAsync(candidates);
        var perBatch = stored.Keys.GroupBy(ProbeBatches.BatchOf).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"acknowledged {acknowledged.Count} batches; stored {perBatch.Count} batches, {stats.Relationships} relationships");

        perBatch.Keys.Should().Contain(acknowledged);
        perBatch.Values.Should().OnlyContain(count => count == BatchSize);
        perBatch.Keys.Should().OnlyContain(b => b <= acknowledged.Count);
        stats.Relationships.Should().Be(perBatch.Count * BatchSize);
    }

    [Fact]
    public async Task A_first_load_killed_half_way_leaves_an_empty_consistent_store_in_WAL_mode()
    {
        var path = _directory.File("load.db");

        var output = await RunLoadUntilKilledAsync(path);

        output.Should().NotContain("ack load", "the kill must land before the load commits, or this test proves nothing");
        File.Exists(path + "-journal").Should().BeTrue("the load wrote into the file directly, keeping a rollback journal");
        IntegrityCheck(path).Should().Be("ok");
        var store = SqliteGraphStore.ForFile(path);
        var stats = await store.GetStatsAsync();
        (stats.Actors, stats.Relationships, stats.Documents).Should().Be((0, 0, 0));
        StoreFile.Scalar(path, "PRAGMA journal_mode;").Should().Be("wal");
        await store.ImportAsync(ProbeBatches.Setup(), ChangeContext.System());
        (await store.GetStatsAsync()).Actors.Should().Be(ProbeBatches.ActorCount);
    }

    /// <summary>
    /// Starts a first load of <see cref="LoadSize"/> relationships, kills it once it is writing into the file (its
    /// rollback journal exists), and returns what it printed.
    /// </summary>
    private static async Task<string> RunLoadUntilKilledAsync(string path)
    {
        using var process = StartProbe(path, "load", LoadSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            line.Should().Be("loading", await ErrorsIfStoppedAsync(process));
            while (!File.Exists(path + "-journal"))
            {
                await Task.Delay(5, timeout.Token);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(300), timeout.Token);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
    }

    /// <summary>Starts the probe, waits for enough acknowledgements, kills it at once, and returns the batches it acknowledged.</summary>
    private async Task<List<int>> RunProbeUntilKilledAsync(string path)
    {
        using var process = StartProbe(path, BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var acknowledged = new List<int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (acknowledged.Count < AcknowledgementsBeforeKill)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The probe stopped early: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acknowledged.Add(int.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no handler, no flush, no clean close.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Acknowledgements already written to the pipe before the kill count too.
        var rest = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        acknowledged.AddRange(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("ack ", StringComparison.Ordinal))
            .Select(l => int.Parse(l.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture)));
        process.ExitCode.Should().NotBe(0);
        return acknowledged;
    }

    private static Process StartProbe(params string[] arguments)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "ActorGraph.Storage.Sqlite.CrashProbe.dll");
        // The SDK names the dotnet host it runs under; fall back to the one on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } named ? named : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(probe);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The crash probe did not start.");
    }

    private static async Task<string> ErrorsIfStoppedAsync(Process process) =>
        process.HasExited ? await process.StandardError.ReadToEndAsync() : "";

    private static string? IntegrityCheck(string path) => StoreFile.Scalar(path, "PRAGMA integrity_check;");
}
