using System.CommandLine;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Server.Storage;
using ActorGraph.Storage.Sqlite;
using Spectre.Console;

namespace ActorGraph.Server.Cli;

/// <summary><c>import &lt;path&gt;</c>: imports a seed-data file or folder into the configured store; running it twice changes nothing.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A seed-data JSON file, or a folder of them." };
        var command = new Command("import", "Import records in the seed-data format into the configured store (idempotent).") { path };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(result.GetRequiredValue(path), result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        GraphBatch batch;
        try
        {
            batch = SeedImporter.Load(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ValidationException or IOException)
        {
            await Console.Error.WriteLineAsync($"Nothing imported: {e.Message}");
            return 1;
        }

        using var host = CommandHost.Build(configurationArgs);
        var store = host.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken);
        var importer = host.Services.GetRequiredService<SeedImporter>();
        var total = SeedImporter.Count(batch);
        var context = new ChangeContext("import", TimeProvider.System.GetUtcNow());
        try
        {
            ImportResult result = null!;
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Importing {total:N0} records", maxValue: total);
                    result = await importer.ImportAsync(batch, context, new InlineProgress<int>(done => task.Value = done), cancellationToken: cancellationToken);
                });
            Console.WriteLine($"Imported {result.Total:N0} records: {result.Inserted:N0} inserted, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged.");

            // A large batch leaves copying its pages into the database file to the background; the command ends after it,
            // so that the file it leaves does not depend on the WAL beside it.
            if (store is SqliteGraphStore sqlite)
            {
                await sqlite.WhenCheckpointed;
            }

            return 0;
        }
        catch (DomainException e)
        {
            await Console.Error.WriteLineAsync($"Import stopped ({e.Code}): {e.Message}");
            return 1;
        }
    }
}
