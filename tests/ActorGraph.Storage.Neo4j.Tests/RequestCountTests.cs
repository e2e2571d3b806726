using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Neo4j.Schema;
using ActorGraph.Storage.Neo4j.Tests.Fakes;
using ActorGraph.TestSupport;

namespace ActorGraph.Storage.Neo4j.Tests;

/// <summary>
/// How many HTTP requests each store operation makes, counted through the fake server. The table in
/// docs/benchmarks.md ("Neo4j request counts") must show exactly these numbers.
/// </summary>
public sealed class RequestCountTests
{
    private static readonly IReadOnlyList<string> ThousandIds = [.. Enumerable.Range(0, 1000).Select(i => $"actor-{i}")];

    [Fact]
    public async Task Neighbour_expansion_costs_one_request_per_traversal_level_whatever_its_width()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        foreach (var level in new[] { ThousandIds.Take(1).ToList(), ThousandIds.Take(40).ToList(), ThousandIds.ToList() })
        {
            await store.GetEdgesAsync(level, new EdgeFilter { Types = new HashSet<string> { "MEDIATES" }, Direction = Direction.Out });
        }

        neo4j.Handler.Requests.Should().HaveCount(3);
        ((IEnumerable<object?>)neo4j.Handler.Requests[2].Parameters["actorIds"]!).Should().HaveCount(1000);
    }

    [Fact]
    public async Task The_documented_request_counts_are_the_measured_ones()
    {
        var rows = new List<string>();
        foreach (var (operation, run) in Operations())
        {
            var neo4j = new ScriptedNeo4j();
            neo4j.Existing.AddRange([("Actor", "qatar", null), ("Actor", "hamas", null), ("Claim", "r01", null), ("Actor", "egypt", "qatar"), ("Document", "doc-cnn", null)]);
            var (store, _) = StoreFactory.Create(neo4j.Handler);
            await run(store);
            rows.Add($"| {operation} | {neo4j.Handler.Requests.Count} |");
        }

        var documented = await File.ReadAllTextAsync(RepositoryPaths.Combine("docs", "benchmarks.md"));
        documented.Should().Contain(string.Join('\n', rows), "docs/benchmarks.md must list the request counts the adapter really makes");
    }

    private static IEnumerable<(string Operation, Func<Neo4jGraphStore, Task> Run)> Operations()
    {
        var context = ChangeContext.System();
        yield return ($"`InitializeAsync` on an empty database ({SchemaScript.Embedded.Sum(s => s.Statements.Count)} schema statements)", s => s.InitializeAsync());
        yield return ("`CheckHealthAsync`", s => s.CheckHealthAsync());
        yield return ("`GetEdgesAsync`, one traversal level of 1,000 actors", s => s.GetEdgesAsync(ThousandIds, EdgeFilter.All));
        yield return ("`CountNeighboursAsync`, the last level of a neighbourhood, 1,000 actors", s => s.CountNeighboursAsync(ThousandIds, ThousandIds, EdgeFilter.All, 500));
        yield return ("`GetActorsAsync`, 1,000 ids", s => s.GetActorsAsync(ThousandIds));
        yield return ("`GetRelationshipsAsync`, 1,000 ids", s => s.GetRelationshipsAsync(ThousandIds));
        yield return ("`GetDocumentsAsync` / `GetEventsAsync`, any number of ids", s => s.GetDocumentsAsync(ThousandIds));
        yield return ("`GetAffiliationsAsync`, 1,000 actors", s => s.GetAffiliationsAsync(ThousandIds));
        yield return ("`FindActorsAsync` (full-text search, filters, one page with its total)", s => s.FindActorsAsync(new ActorQuery { Search = "qatar", Kinds = new HashSet<ActorKind> { ActorKind.State } }));
        yield return ("`FindRelationshipsAsync` / `FindEventsAsync` / `FindDocumentsAsync`, one page", s => s.FindRelationshipsAsync(new RelationshipQuery { ActorIds = ["qatar"] }));
        yield return ("`GetStatsAsync`", s => s.GetStatsAsync());
        yield return ("`GetChangesAsync`", s => s.GetChangesAsync(null, "qatar", 100));
        yield return ("`ImportAsync`, a batch of every record kind (up to `ImportBatchSize` rows per kind)", s => s.ImportAsync(SmallBatch(), context));
        yield return ("`ImportAsync` when nothing changed (the same batch again)", async s => await s.ImportAsync(GraphBatch.Empty, context));
        yield return ("`ApplyAsync`, one `UpsertRelationship`", s => s.ApplyAsync([new UpsertRelationship(Claim("r02"))], context));
        yield return ("`ApplyAsync`, one `RetractRelationship`", s => s.ApplyAsync([new RetractRelationship("r01", "misread")], context));
        yield return ("`ApplyAsync`, one `MergeActors` (the merged actor has claims and affiliations)", s => s.ApplyAsync([new MergeActors("qatar", "hamas")], context));
        yield return ("`ApplyAsync`, one `UndoMerge`", s => s.ApplyAsync([new UndoMerge("egypt")], context));
    }

    private static GraphBatch SmallBatch() => new()
    {
        Documents = [new Document { Id = "doc-ap", Title = "Truce", PublishedOn = new DateOnly(2023, 11, 28), Text = "Qatar mediates." }],
        Actors = [new Actor { Id = "israel", Name = "Israel", Kind = ActorKind.State }],
        Affiliations = [new Affiliation { Id = "qatar-in-hamas", MemberId = "qatar", OrganisationId = "hamas", Type = "MEMBER_OF", Evidence = [new Evidence("doc-ap", "Qatar", 0, 5)] }],
        Events = [new Event { Id = "talks", Name = "Talks", Kind = EventKind.Talks, Participants = [new EventParticipant("qatar", ParticipantRole.Mediator)] }],
        Relationships = [Claim("r09") with { Evidence = [new Evidence("doc-ap", "Qatar mediates", 0, 14)] }],
    };

    private static Relationship Claim(string id) => new()
    {
        Id = id,
        Type = "MEDIATES",
        SourceId = "qatar",
        TargetId = "hamas",
        ReportedOn = new DateOnly(2024, 3, 20),
        Evidence = [new Evidence("doc-cnn", "Qatar", 0, 5)],
    };
}
