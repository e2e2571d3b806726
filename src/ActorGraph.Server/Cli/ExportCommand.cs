using System.CommandLine;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;
using ActorGraph.Server.Exports;
using Spectre.Console;

namespace ActorGraph.Server.Cli;

/// <summary>
/// <c>export --format graphml|gexf|cytoscape|json</c>: the whole graph or a neighbourhood, to a file or standard output.
/// <c>json</c> is the seed-data format (the whole graph), which <c>import</c> reads back.
/// </summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["graphml", "gexf", "cytoscape", "json"];

    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "graphml, gexf, cytoscape or json (seed-data format).", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The file to write; standard output when omitted." };
        var ids = new Option<string[]>("--ids") { Description = "Export the neighbourhood of these actors (comma-separated keys); the whole graph when omitted.", AllowMultipleArgumentsPerToken = true };
        var depth = new Option<string?>("--depth") { Description = "Neighbourhood depth (0 to 4, default 1)." };
        var limit = new Option<string?>("--limit") { Description = "Most nodes of a neighbourhood (default 200)." };
        var types = new Option<string[]>("--types") { Description = "Only these relationship types (comma-separated).", AllowMultipleArgumentsPerToken = true };
        var direction = new Option<string?>("--direction") { Description = "out, in or any (default any)." };
        var from = new Option<string?>("--from") { Description = "Only relationships dated on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Only relationships dated on or before this day (yyyy-MM-dd)." };
        var command = new Command("export", "Export the graph or a neighbourhood for visualisation tools, or the whole store as seed data.")
        {
            format, output, ids, depth, limit, types, direction, from, to,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) =>
        {
            var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["ids"] = result.GetValue(ids) ?? [],
                ["types"] = result.GetValue(types) ?? [],
                ["depth"] = Single(result.GetValue(depth)),
                ["limit"] = Single(result.GetValue(limit)),
                ["direction"] = Single(result.GetValue(direction)),
                ["from"] = Single(result.GetValue(from)),
                ["to"] = Single(result.GetValue(to)),
            };
            return RunAsync(result.GetRequiredValue(format), result.GetValue(output), parameters, result.UnmatchedTokens, cancellationToken);
        });
        return command;
    }

    private static IReadOnlyList<string> Single(string? value) => value is null ? [] : [value];

    private static async Task<int> RunAsync(
        string format,
        FileInfo? output,
        IReadOnlyDictionary<string, IReadOnlyList<string>> parameters,
        IReadOnlyList<string> configurationArgs,
        CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(configurationArgs);
        try
        {
            var request = ExportRequest.Parse(name => parameters.GetValueOrDefault(name) ?? [], host.Services.GetRequiredService<RelationshipVocabulary>());
            if (format == "json" && !request.WholeGraph)
            {
                await Console.Error.WriteLineAsync("The json (seed-data) export holds the whole graph; drop --ids, or choose graphml, gexf or cytoscape.");
                return 1;
            }

            var store = host.Services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(cancellationToken);
            var total = (await store.GetStatsAsync(cancellationToken)).Actors;
            await using var stream = output is null ? Console.OpenStandardOutput() : output.Create();
            if (output is null)
            {
                await WriteAsync(host.Services, format, request, stream, progress: null, cancellationToken);
            }
            else
            {
                await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"Exporting {format}", maxValue: Math.Max(1, total));
                        await WriteAsync(host.Services, format, request, stream, new InlineProgress<int>(done => task.Value = Math.Min(done, total)), cancellationToken);
                        task.Value = task.MaxValue;
                    });
                Console.WriteLine($"Wrote {output.FullName}.");
            }

            return 0;
        }
        catch (DomainException e)
        {
            await Console.Error.WriteLineAsync($"Nothing exported ({e.Code}): {e.Message}");
            return 1;
        }
    }

    private static async Task WriteAsync(IServiceProvider services, string format, ExportRequest request, Stream stream, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (format == "json")
        {
            SeedDataWriter.Write(await services.GetRequiredService<FullBatchReader>().ReadAsync(progress, cancellationToken), stream);
            return;
        }

        ExportFormats.TryParse(format, out var exportFormat);
        var snapshot = await services.GetRequiredService<SnapshotReader>().ReadAsync(request, progress, cancellationToken);
        await ExportFormats.WriteAsync(exportFormat, snapshot, TimeProvider.System.GetUtcNow(), stream, cancellationToken);
    }
}
