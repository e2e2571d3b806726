using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Inputs;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>document</c>, <c>documents</c> and the fields of <c>Document</c> and <c>EvidenceSpan</c>.</summary>
public static class DocumentResolvers
{
    public static LoggingSchemaBuilder AddDocuments(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Query.document", async ctx =>
            await ctx.Loader<DocumentLoader>().LoadAsync(GlobalId.KeyOf(ctx.Argument<string>("id"), GlobalId.Document, "id")))
        .ResolveAsync("Query.documents", async ctx =>
        {
            var window = FilterMapping.Window(ctx.Argument<DateWindowInput?>("publishedIn"), "publishedIn");
            return await Paging.FromStoreAsync(
                page => ctx.Store().FindDocumentsAsync(new DocumentQuery { PublishedIn = window, Page = page }, ctx.CancellationToken),
                ctx.Argument<int>("first"),
                ctx.Argument<string?>("after"));
        })
        .BindType<Document>("Document")
        .Resolve("Document.id", ctx => GlobalId.Of(GlobalId.Document, ctx.Parent<Document>().Id))
        .Resolve("Document.key", ctx => ctx.Parent<Document>().Id)
        .Resolve("Document.length", ctx => ctx.Parent<Document>().Text.Length)
        .ResolveAsync("Document.evidenceSpans", async ctx =>
        {
            var document = ctx.Parent<Document>().Id;
            var relationships = await ctx.Loader<RelationshipsCitingLoader>().LoadAsync(
                new RelationshipsCitingLoader.Key(document, ctx.Argument<bool>("includeRetracted"))) ?? [];
            return (IReadOnlyList<EvidenceSpanView>)[.. relationships
                .SelectMany(r => r.Evidence.Where(e => e.DocumentId == document).Select(e => new EvidenceSpanView(e.Start, e.End, e.Quote, r)))
                .OrderBy(s => s.Start)
                .ThenBy(s => s.End)
                .ThenBy(s => s.Relationship.Id, StringComparer.Ordinal)];
        })
        .BindType<EvidenceSpanView>("EvidenceSpan")
        .ResolveAsync("Document.relationships", async ctx =>
        {
            var query = new RelationshipQuery { Filter = new EdgeFilter { DocumentId = ctx.Parent<Document>().Id } };
            return await Paging.FromStoreAsync(
                page => ctx.Store().FindRelationshipsAsync(query with { Page = page }, ctx.CancellationToken),
                ctx.Argument<int>("first"),
                ctx.Argument<string?>("after"));
        });
}
