using System.Net;
using System.Text.Json;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Storage.Neo4j.QueryApi;
using ActorGraph.Storage.Neo4j.Tests.Fakes;

namespace ActorGraph.Storage.Neo4j.Tests.QueryApi;

/// <summary>Responses shaped as the Query API manual shows them: typed values, errors, transient failures.</summary>
public sealed class QueryApiResponseTests
{
    [Fact]
    public void Typed_values_decode_to_dotnet_values()
    {
        // The values of the manual's type mapping table (typed-json.adoc).
        const string values = """
            [{"$type":"Null","_value":null},{"$type":"Boolean","_value":true},{"$type":"Integer","_value":"123"},
             {"$type":"Float","_value":"4.56"},{"$type":"Float","_value":"3.2E9"},{"$type":"String","_value":"Hello World"},
             {"$type":"Date","_value":"2015-03-26"},{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142Z"},
             {"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142Z[Antarctica/Troll]"},
             {"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"String","_value":"B"}]},
             {"$type":"Map","_value":{"fieldA":{"$type":"String","_value":"A"}}},{"$type":"Base64","_value":"A2+/"},
             {"$type":"Float","_value":"NaN"}]
            """;

        var decoded = JsonDocument.Parse(values).RootElement.EnumerateArray().Select(TypedJson.Read).ToList();

        decoded[0].Should().BeNull();
        decoded[1].Should().Be(true);
        decoded[2].Should().Be(123L);
        decoded[3].Should().Be(4.56);
        decoded[4].Should().Be(3.2E9);
        decoded[5].Should().Be("Hello World");
        decoded[6].Should().Be(new DateOnly(2015, 3, 26));
        decoded[7].Should().Be(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero));
        decoded[8].Should().Be(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero));
        decoded[9].Should().BeEquivalentTo(new List<object?> { "A", "B" });
        ((IReadOnlyDictionary<string, object?>)decoded[10]!)["fieldA"].Should().Be("A");
        decoded[11].Should().BeEquivalentTo(new byte[] { 0x03, 0x6f, 0xbf });
        decoded[12].Should().Be(double.NaN);
    }

    [Fact]
    public void A_node_decodes_with_its_labels_and_typed_properties()
    {
        const string node = """
            {"$type":"Node","_value":{"_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_labels":["Person"],
             "_properties":{"name":{"$type":"String","_value":"Phil"},"age":{"$type":"Integer","_value":"42"}}}}
            """;

        var decoded = (GraphNode)TypedJson.Read(JsonDocument.Parse(node).RootElement)!;

        decoded.Labels.Should().Equal("Person");
        decoded.Properties["age"].Should().Be(42L);
    }

    [Fact]
    public void A_plain_JSON_value_is_refused_with_a_hint_about_the_Accept_header()
    {
        var read = () => TypedJson.Read(JsonDocument.Parse("42").RootElement);

        read.Should().Throw<InvalidDataException>().WithMessage("*application/vnd.neo4j.query*");
    }

    [Fact]
    public async Task Rows_of_a_result_map_fields_to_values()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Json(HttpStatusCode.Accepted, """
            {"data":{"fields":["id","type","sourceId","targetId","date","reportedOn","modality","confidence","evidenceCount"],
             "values":[[{"$type":"String","_value":"r05"},{"$type":"String","_value":"MEETS"},{"$type":"String","_value":"burns"},
                        {"$type":"String","_value":"al-thani"},{"$type":"String","_value":"2024-03-18/2024-03-20"},
                        {"$type":"Date","_value":"2024-03-20"},{"$type":"String","_value":"Completed"},
                        {"$type":"Float","_value":"0.9"},{"$type":"Integer","_value":"2"}]]},
             "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
            """));
        var (store, _) = StoreFactory.Create(handler);

        var edges = await store.GetEdgesAsync(["burns"], EdgeFilter.All);

        edges.Should().ContainSingle().Which.Should().Be(new Edge(
            "r05", "MEETS", "burns", "al-thani", Domain.Time.FuzzyDate.Parse("2024-03-18/2024-03-20"), new DateOnly(2024, 3, 20), Domain.Relationships.Modality.Completed, 0.9, 2));
    }

    [Fact]
    public async Task Wrong_credentials_are_reported_as_refused_and_not_retried()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        var (store, delays) = StoreFactory.Create(handler);

        var read = () => store.GetActorsAsync(["qatar"]);

        (await read.Should().ThrowAsync<StoreUnavailableException>()).Which.Message.Should().Contain("refused the credentials").And.Contain("Invalid username or password.");
        handler.Requests.Should().HaveCount(1);
        delays.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_database_is_reported_with_its_name()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'actors'."));
        var (store, _) = StoreFactory.Create(handler, StoreFactory.Options(o => o.Database = "actors"));

        var read = () => store.GetActorsAsync(["qatar"]);

        (await read.Should().ThrowAsync<StoreUnavailableException>()).Which.Message.Should().Contain("no database 'actors'");
        handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unreachable()
    {
        var handler = new FakeQueryApiHandler(_ => throw new HttpRequestException("Connection refused (neo4j.test:7474)"));
        var (store, delays) = StoreFactory.Create(handler);

        var read = () => store.GetActorsAsync(["qatar"]);

        (await read.Should().ThrowAsync<StoreUnavailableException>()).Which.Message.Should().Contain("unreachable").And.Contain("http://neo4j.test:7474");
        delays.Should().BeEmpty();
    }

    [Fact]
    public async Task A_transient_error_is_retried_with_growing_delays_and_then_succeeds()
    {
        var calls = 0;
        var handler = new FakeQueryApiHandler(_ => ++calls < 3
            ? FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : FakeQueryApiHandler.Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":[]}"""));
        var (store, delays) = StoreFactory.Create(handler, StoreFactory.Options(o => o.InitialRetryDelay = TimeSpan.FromMilliseconds(100)));

        var actors = await store.GetActorsAsync(["qatar"]);

        actors.Should().BeEmpty();
        handler.Requests.Should().HaveCount(3);
        delays.Should().HaveCount(2);
        delays[0].Should().BeCloseTo(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(20));
        delays[1].Should().BeCloseTo(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(40));
    }

    [Fact]
    public async Task Service_unavailable_is_retried_and_reported_once_retries_run_out()
    {
        var handler = new FakeQueryApiHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<html>busy</html>") });
        var (store, delays) = StoreFactory.Create(handler, StoreFactory.Options(o => o.MaxRetries = 2));

        var read = () => store.GetStatsAsync();

        (await read.Should().ThrowAsync<StoreUnavailableException>()).Which.Message.Should().Contain("after 3 attempts");
        handler.Requests.Should().HaveCount(3);
        delays.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_client_error_is_never_retried()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"));
        var (store, delays) = StoreFactory.Create(handler);

        var read = () => store.GetActorsAsync(["qatar"]);

        var error = (await read.Should().ThrowAsync<Neo4jQueryException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        error.HttpStatus.Should().Be(400);
        handler.Requests.Should().HaveCount(1);
        delays.Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_inside_an_accepted_answer_are_raised()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(HttpStatusCode.Accepted, "Neo.ClientError.Request.Invalid", "Transaction with Id: \\\"lyU\\\" was not found."));
        var (store, _) = StoreFactory.Create(handler);

        var read = () => store.GetActorsAsync(["qatar"]);

        (await read.Should().ThrowAsync<Neo4jQueryException>()).Which.Code.Should().Be("Neo.ClientError.Request.Invalid");
    }

    [Fact]
    public async Task A_uniqueness_violation_is_a_conflict()
    {
        var handler = new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with label `Actor` and property `id` = 'qatar'"));
        var (store, _) = StoreFactory.Create(handler);

        var read = () => store.GetActorsAsync(["qatar"]);

        await read.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task A_transient_failure_inside_a_transaction_runs_the_whole_unit_again()
    {
        var neo4j = new ScriptedNeo4j();
        neo4j.Existing.Add(("Claim", "r01", null));
        var failedOnce = false;
        neo4j.Intercept = request =>
        {
            if (failedOnce || !request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                return null;
            }

            failedOnce = true;
            return FakeQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.LockClientStopped", "stopped");
        };
        var (store, delays) = StoreFactory.Create(neo4j.Handler);

        await store.ApplyAsync([new Domain.Changes.RetractRelationship("r01", "misread")], Domain.Changes.ChangeContext.System());

        neo4j.Handler.Requests.Select(r => r.Path.Split("/query/v2")[1]).Should().Equal("/tx", "/tx/lyU", "/tx/lyU/commit", "/tx", "/tx/lyU", "/tx/lyU/commit");
        delays.Should().ContainSingle();
    }

    [Fact]
    public async Task Health_says_what_is_wrong_instead_of_throwing()
    {
        var healthy = StoreFactory.Create(new FakeQueryApiHandler(_ => FakeQueryApiHandler.Json(HttpStatusCode.Accepted, """
            {"data":{"fields":["name","version","edition"],"values":[[{"$type":"String","_value":"Neo4j Kernel"},{"$type":"String","_value":"5.26.0"},{"$type":"String","_value":"community"}]]}}
            """))).Store;
        var refused = StoreFactory.Create(new FakeQueryApiHandler(_ => FakeQueryApiHandler.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."))).Store;
        var unreachable = StoreFactory.Create(new FakeQueryApiHandler(_ => throw new HttpRequestException("Connection refused"))).Store;

        (await healthy.CheckHealthAsync()).Should().Be(new StoreHealth(true, "Neo4j http://neo4j.test:7474/ (database 'neo4j') answers: Neo4j Kernel 5.26.0 community."));
        (await refused.CheckHealthAsync()).Should().Match<StoreHealth>(h => !h.IsHealthy && h.Description.Contains("refused the credentials"));
        (await unreachable.CheckHealthAsync()).Should().Match<StoreHealth>(h => !h.IsHealthy && h.Description.Contains("unreachable"));
    }
}
