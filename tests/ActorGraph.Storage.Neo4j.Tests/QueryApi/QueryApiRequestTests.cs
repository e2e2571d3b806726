using System.Net;
using System.Text;
using System.Text.Json;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.Tests.Fakes;

namespace ActorGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>What the adapter sends: endpoints, methods, headers and bodies, as the Query API manual describes them.</summary>
public sealed class QueryApiRequestTests
{
    [Fact]
    public async Task A_read_posts_one_typed_JSON_statement_to_the_implicit_endpoint_with_basic_credentials()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        await store.GetActorsAsync(["qatar", "egypt", "qatar"]);

        var request = neo4j.Handler.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Post);
        request.Uri.Should().Be(new Uri("http://neo4j.test:7474/db/neo4j/query/v2"));
        request.Header("Accept").Should().Be("application/vnd.neo4j.query");
        request.Header("Content-Type").Should().Be("application/vnd.neo4j.query");
        request.Header("Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")));
        request.Header("neo4j-cluster-affinity").Should().BeNull();
        request.Statement.Should().Be(ActorCypher.GetByIds);
        JsonDocument.Parse(request.Body).RootElement.GetProperty("parameters").GetProperty("ids").GetRawText().Should().Be(
            """{"$type":"List","_value":[{"$type":"String","_value":"qatar"},{"$type":"String","_value":"egypt"}]}""");
    }

    [Fact]
    public async Task A_bearer_token_replaces_basic_credentials_and_the_database_name_is_escaped()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler, StoreFactory.Options(o =>
        {
            o.BearerToken = "eGJoa2pubHZpYW56dGdocXdhd3hxZmUK";
            o.Database = "actor graph";
        }));

        await store.GetStatsAsync();

        var request = neo4j.Handler.Requests.Single();
        request.Header("Authorization").Should().Be("Bearer eGJoa2pubHZpYW56dGdocXdhd3hxZmUK");
        request.Uri.AbsoluteUri.Should().Be("http://neo4j.test:7474/db/actor%20graph/query/v2");
    }

    [Fact]
    public async Task Numbers_dates_and_instants_travel_as_typed_strings()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);
        var since = new DateTimeOffset(2024, 4, 2, 9, 30, 15, 250, TimeSpan.Zero);

        await store.GetEdgesAsync(["qatar"], new EdgeFilter { MinConfidence = 1, Window = new(new DateOnly(2024, 3, 1), null) });
        await store.GetChangesAsync(since, "qatar", 25);

        var edgeParameters = JsonDocument.Parse(neo4j.Handler.Requests[0].Body).RootElement.GetProperty("parameters");
        edgeParameters.GetProperty("minConfidence").GetRawText().Should().Be("""{"$type":"Float","_value":"1.0"}""");
        edgeParameters.GetProperty("from").GetRawText().Should().Be("""{"$type":"Date","_value":"2024-03-01"}""");
        edgeParameters.GetProperty("to").GetRawText().Should().Be("""{"$type":"Null","_value":null}""");
        edgeParameters.GetProperty("direction").GetRawText().Should().Be("""{"$type":"String","_value":"Any"}""");
        var changeParameters = JsonDocument.Parse(neo4j.Handler.Requests[1].Body).RootElement.GetProperty("parameters");
        changeParameters.GetProperty("limit").GetRawText().Should().Be("""{"$type":"Integer","_value":"25"}""");
        changeParameters.GetProperty("since").GetRawText().Should().Be("""{"$type":"OffsetDateTime","_value":"2024-04-02T09:30:15.2500000+00:00"}""");
    }

    [Fact]
    public async Task A_change_list_runs_in_one_explicit_transaction_echoing_the_cluster_affinity()
    {
        var neo4j = new ScriptedNeo4j();
        neo4j.Existing.Add(("Claim", "r01", null));
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        await store.ApplyAsync([new RetractRelationship("r01", "misread")], new ChangeContext("editor", DateTimeOffset.UnixEpoch, "req-7"));

        var requests = neo4j.Handler.Requests;
        requests.Select(r => (r.Method.Method, r.Path)).Should().Equal(
            ("POST", "/db/neo4j/query/v2/tx"),
            ("POST", "/db/neo4j/query/v2/tx/lyU"),
            ("POST", "/db/neo4j/query/v2/tx/lyU/commit"));
        requests[0].Statement.Should().Be(StoreCypher.Existing);
        requests[0].Header("neo4j-cluster-affinity").Should().BeNull();
        requests.Skip(1).Should().OnlyContain(r => r.Header("neo4j-cluster-affinity") == ScriptedNeo4j.Affinity);
        requests[1].Statement.Should().Be(RelationshipCypher.Retract);
        requests[1].Parameters["by"].Should().Be("editor");
        requests[2].Statement.Should().Be(AuditCypher.Append);
        var record = ((IEnumerable<object?>)requests[2].Parameters["records"]!).Cast<IReadOnlyDictionary<string, object?>>().Single();
        record["operation"].Should().Be("Retract");
        record["requestId"].Should().Be("req-7");
        requests.Should().OnlyContain(r => r.Header("Authorization") != null);
    }

    [Fact]
    public async Task The_bookmarks_of_a_commit_go_with_the_next_read_for_read_your_writes()
    {
        var neo4j = new ScriptedNeo4j();
        neo4j.Existing.Add(("Claim", "r01", null));
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        await store.ApplyAsync([new RetractRelationship("r01", "misread")], ChangeContext.System());
        await store.GetRelationshipsAsync(["r01"]);

        neo4j.Handler.Requests[^1].Bookmarks.Should().Equal(ScriptedNeo4j.CommitBookmark);
    }

    [Fact]
    public async Task A_failing_change_rolls_the_transaction_back_with_DELETE_and_the_affinity_header()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);

        var apply = () => store.ApplyAsync([new RetractRelationship("r99", "no such claim")], ChangeContext.System());

        await apply.Should().ThrowAsync<Domain.Errors.NotFoundException>();
        var last = neo4j.Handler.Requests[^1];
        last.Method.Should().Be(HttpMethod.Delete);
        last.Path.Should().Be("/db/neo4j/query/v2/tx/lyU");
        last.Header("neo4j-cluster-affinity").Should().Be(ScriptedNeo4j.Affinity);
        last.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task An_import_reads_what_exists_writes_each_kind_in_batches_and_audits_in_the_commit()
    {
        var neo4j = new ScriptedNeo4j();
        var (store, _) = StoreFactory.Create(neo4j.Handler);
        var actor = new Domain.Actors.Actor { Id = "jordan", Name = "Jordan", Kind = Domain.Actors.ActorKind.State, Aliases = ["Hashemite Kingdom"] };

        var result = await store.ImportAsync(new GraphBatch { Actors = [actor] }, ChangeContext.System());

        result.Should().Be(new ImportResult(1, 0, 0));
        neo4j.Handler.Requests.Select(r => (r.Path, r.Statement)).Should().Equal(
            ("/db/neo4j/query/v2/tx", StoreCypher.Existing),
            ("/db/neo4j/query/v2/tx/lyU", ActorCypher.AliasConflicts),
            ("/db/neo4j/query/v2/tx/lyU", ActorCypher.Upsert),
            ("/db/neo4j/query/v2/tx/lyU/commit", AuditCypher.Append));
        var row = ((IEnumerable<object?>)neo4j.Handler.Requests[2].Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>().Single();
        row["kind"].Should().Be("State");
        row["aliasKeys"].Should().BeEquivalentTo(new[] { "hashemite kingdom" });
        neo4j.Handler.Requests[2].Parameters["kindLabels"].Should().BeEquivalentTo(Enum.GetNames<Domain.Actors.ActorKind>());
    }

    [Fact]
    public async Task Requests_after_a_200_answer_are_accepted_like_202()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Json(HttpStatusCode.OK, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[]}"""));
        var (store, _) = StoreFactory.Create(handler);

        var health = await store.CheckHealthAsync();

        health.IsHealthy.Should().BeTrue();
    }
}
