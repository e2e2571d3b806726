using System.Net.Http.Json;
using System.Text.Json;
using ActorGraph.Server.Auth;
using ActorGraph.Server.GraphQL;
using ActorGraph.Server.Hosting;
using ActorGraph.Server.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class UnexpectedErrorsTests
{
    private const string VariableMarker = "variable-marker-7f3a9c";

    [Fact]
    public async Task A_failing_store_call_is_masked_for_the_client_and_logged_with_the_field_path_and_request_id()
    {
        var sink = new CapturingLoggerProvider();
        await using var app = await TestApp.StartAsync(logging: sink);
        app.Store.Broken = "GetChangesOfActorsAsync";

        var (body, requestId) = await PostAsync(app, """{ actor(id: "qatar") { name history { operation } } }""");

        var error = body.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("message").GetString().Should().Be("Unexpected error.");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("INTERNAL_SERVER_ERROR");
        var logged = ResolverErrors(sink).Should().ContainSingle().Subject;
        logged.Level.Should().Be(LogLevel.Error);
        logged.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain("GetChangesOfActorsAsync");
        logged.Message.Should().Contain("Actor.history").And.Contain("actor.history").And.Contain(requestId);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_waiting_on_it_and_is_logged_once_at_a_list_position()
    {
        var sink = new CapturingLoggerProvider();
        await using var app = await TestApp.StartAsync(logging: sink);
        app.Store.Broken = "GetEdgesAsync";

        var (body, _) = await PostAsync(app, "{ actors(first: 20) { nodes { key degree } } }");

        body.GetProperty("errors").GetArrayLength().Should().Be(20);
        ResolverErrors(sink).Should().ContainSingle().Which.Message.Should().Contain("Actor.degree").And.MatchRegex(@"actors\.nodes\.[0-9]+\.degree");
    }

    [Fact]
    public async Task Neither_variables_nor_the_key_are_logged()
    {
        var sink = new CapturingLoggerProvider();
        await using var app = await TestApp.StartAsync(logging: sink);
        app.Store.Broken = "FindActorsAsync";

        await PostAsync(app, "query ($search: String) { actors(search: $search) { totalCount } }", new { search = VariableMarker }, Role.Editor);

        ResolverErrors(sink).Should().ContainSingle();
        sink.Lines.Should().NotContain(line => line.Contains(VariableMarker, StringComparison.Ordinal) || line.Contains(TestKeys.Editor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Domain_errors_and_bad_input_are_not_logged_as_unexpected()
    {
        var sink = new CapturingLoggerProvider();
        await using var app = await TestApp.StartAsync(logging: sink);

        var (body, _) = await PostAsync(app, """{ actor(id: "qatar") { relationships(first: 0) { totalCount } } node(id: "Actor:atlantis") { id } }""");

        body.GetProperty("errors").EnumerateArray().Should().NotBeEmpty();
        ResolverErrors(sink).Should().BeEmpty();
    }

    private static IReadOnlyList<CapturingLoggerProvider.LogEntry> ResolverErrors(CapturingLoggerProvider sink) =>
        [.. sink.Entries.Where(e => e.Category == typeof(LoggingSchemaBuilder).FullName)];

    private static async Task<(JsonElement Body, string RequestId)> PostAsync(TestApp app, string query, object? variables = null, Role? role = null)
    {
        using var client = app.Client(role);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body, response.Headers.GetValues(RequestIdMiddleware.Header).Single());
    }
}
