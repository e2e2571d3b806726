using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Import;
using ActorGraph.Domain.Validation;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary><c>importBatch</c>: records in the seed-data format, validated against what is stored, imported in one transaction.</summary>
public static class ImportMutation
{
    private const string SourceName = "importBatch";

    public static LoggingSchemaBuilder AddImportMutation(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Mutation.importBatch", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => ImportAsync(ctx, ctx.Argument<ImportBatchInput>("input").Json));
        })
        .BindType<ImportResult>("ImportBatchPayload");

    private static async Task<ImportResult> ImportAsync(ResolverContext ctx, string json)
    {
        var known = await KnownRecordsForAsync(ctx, json);
        var batch = SeedDataLoader.LoadJson(json, SourceName, known);
        return await ctx.Store().ImportAsync(batch, MutationGuard.Change(ctx), ctx.CancellationToken);
    }

    /// <summary>
    /// The stored records the batch refers to. A first reading of the batch records every id the validator asks
    /// about; those are then fetched in one batched call per kind.
    /// </summary>
    private static async Task<KnownRecords> KnownRecordsForAsync(ResolverContext ctx, string json)
    {
        var recorder = new RecordingKnownRecords();
        try
        {
            SeedDataLoader.LoadJson(json, SourceName, recorder);
        }
        catch (ValidationException)
        {
            // The first reading only collects references: the second, against the stored records, reports the problems.
        }

        var store = ctx.Store();
        var actors = await store.GetActorsAsync([.. recorder.ActorIds], ctx.CancellationToken);
        var documents = await store.GetDocumentsAsync([.. recorder.DocumentIds], ctx.CancellationToken);
        var events = await store.GetEventsAsync([.. recorder.EventIds], ctx.CancellationToken);
        return new KnownRecords(actors.Values.DistinctBy(a => a.Id), documents.Values, events.Keys);
    }

    /// <summary>Answers "yes, it exists" to every question and remembers what was asked.</summary>
    private sealed class RecordingKnownRecords : IKnownRecords
    {
        public HashSet<string> ActorIds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> DocumentIds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> EventIds { get; } = new(StringComparer.Ordinal);

        public bool ActorExists(string id) => ActorIds.Add(id) || true;

        public Document? FindDocument(string id)
        {
            DocumentIds.Add(id);
            return null;
        }

        public bool EventExists(string id) => EventIds.Add(id) || true;

        public IEnumerable<Actor> ActorsNamed(string name) => [];
    }
}
