using System.Text.Json;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Import;

/// <summary>A named batch to read; opened once.</summary>
internal sealed record BatchSource(string Name, Func<Stream> Open);

/// <summary>Reads a set of batch files as one batch: parse, check the schema, map, fill defaults, validate the whole.</summary>
internal static class BatchSetLoader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false };

    public static GraphBatch Load(IReadOnlyList<BatchSource> sources, IKnownRecords? known)
    {
        var issues = new List<ValidationIssue>();
        var files = new List<LoadedFile>();
        foreach (var source in sources)
        {
            if (ReadOne(source, issues) is { } content)
            {
                files.Add(new LoadedFile(source.Name, content));
            }
        }

        if (issues.Count > 0)
        {
            throw new ValidationException(issues);
        }

        var origins = new BatchOrigins(files);
        var batch = ReportedOnDefaults.Apply(Combine(files), origins.RelationshipsWithoutReportedOn, known ?? KnownRecords.None);
        var problems = GraphValidator.Default.Validate(batch, known);
        if (problems.Count > 0)
        {
            throw new ValidationException([.. problems.Select(origins.Locate)]);
        }

        return batch;
    }

    private static BatchFileContent? ReadOne(BatchSource source, List<ValidationIssue> issues)
    {
        JsonDocument document;
        using (var stream = source.Open())
        {
            try
            {
                document = JsonDocument.Parse(stream, ParseOptions);
            }
            catch (JsonException e)
            {
                issues.Add(new ValidationIssue($"{source.Name}#", $"Not valid JSON: {e.Message}"));
                return null;
            }
        }

        using (document)
        {
            var errors = SeedDataSchema.Validator.Validate(document.RootElement);
            if (errors.Count > 0)
            {
                issues.AddRange(errors.Select(e => new ValidationIssue($"{source.Name}#{e.Pointer}", e.Reason)));
                return null;
            }

            var content = BatchJsonReader.Read(document.RootElement);
            issues.AddRange(content.Issues.Select(i => i with { Path = $"{source.Name}#{i.Path}" }));
            return content;
        }
    }

    private static GraphBatch Combine(IReadOnlyList<LoadedFile> files) => new()
    {
        Documents = [.. files.SelectMany(f => f.Content.Batch.Documents)],
        Actors = [.. files.SelectMany(f => f.Content.Batch.Actors)],
        Affiliations = [.. files.SelectMany(f => f.Content.Batch.Affiliations)],
        Events = [.. files.SelectMany(f => f.Content.Batch.Events)],
        Relationships = [.. files.SelectMany(f => f.Content.Batch.Relationships)],
    };
}

internal sealed record LoadedFile(string Name, BatchFileContent Content);
