using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.GraphQL.AspNetCore.Tests;

public sealed class GraphQLHttpHandlerTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(o => o.MaxRequestBytes = 2_000);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_with_graphql_response_accept_answers_200_in_that_media_type()
    {
        var (status, contentType, body) = await PostAsync(new { query = "{ hello }" }, GraphQLResponse);

        status.Should().Be(HttpStatusCode.OK);
        contentType.Should().Be(GraphQLResponse + "; charset=utf-8");
        body.ToJsonString().Should().Be("""{"data":{"hello":"Hello, world!"}}""");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task Json_or_missing_accept_answers_application_json(string? accept)
    {
        var (status, contentType, _) = await PostAsync(new { query = "{ hello }" }, accept);

        status.Should().Be(HttpStatusCode.OK);
        contentType.Should().StartWith("application/json");
    }

    [Fact]
    public async Task Accept_with_higher_quality_for_json_wins()
    {
        var (_, contentType, _) = await PostAsync(new { query = "{ hello }" }, "application/graphql-response+json;q=0.5, application/json");

        contentType.Should().StartWith("application/json");
    }

    [Fact]
    public async Task Unacceptable_accept_answers_406()
    {
        var (status, _, _) = await PostAsync(new { query = "{ hello }" }, "text/html");

        status.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Unsupported_content_type_answers_415()
    {
        using var content = new StringContent("{ hello }", Encoding.UTF8, "application/graphql");
        using var response = await _server.Client.PostAsync(_server.Url, content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Body_over_the_limit_answers_413()
    {
        var (status, _, body) = await PostAsync(new { query = "{ hello }", variables = new { padding = new string('x', 3_000) } }, GraphQLResponse);

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        body["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("2000 bytes");
    }

    [Fact]
    public async Task Malformed_json_answers_400()
    {
        using var content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json");
        using var response = await _server.Client.PostAsync(_server.Url, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables()
    {
        var query = Uri.EscapeDataString("query ($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Doha"}""");
        using var response = await _server.Client.GetAsync($"{_server.Url}?query={query}&variables={variables}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"data":{"hello":"Hello, Doha!"}}""");
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_allow_post()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_server.Url}?query={Uri.EscapeDataString("mutation { touch }")}");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await _server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Fact]
    public async Task Other_methods_answer_405()
    {
        using var response = await _server.Client.PutAsync(_server.Url, new StringContent("{}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Parse_errors_are_request_errors_without_data(string accept, HttpStatusCode expected)
    {
        var (status, _, body) = await PostAsync(new { query = "{ hello " }, accept);

        status.Should().Be(expected);
        body.AsObject().ContainsKey("data").Should().BeFalse();
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("GRAPHQL_PARSE_FAILED");
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Variable_coercion_errors_follow_the_media_type(string accept, HttpStatusCode expected)
    {
        var (status, _, body) = await PostAsync(new { query = "query ($ms: Int!) { slow(ms: $ms) }", variables = new { ms = "soon" } }, accept);

        status.Should().Be(expected);
        body.AsObject().ContainsKey("data").Should().BeFalse();
    }

    [Fact]
    public async Task Missing_query_answers_400()
    {
        var (status, _, _) = await PostAsync(new { qeury = "{ hello }" }, "application/json");

        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unexpected_resolver_exceptions_never_leak_their_text()
    {
        var (status, _, body) = await PostAsync(new { query = "{ boom hello }" }, GraphQLResponse);

        status.Should().Be(HttpStatusCode.OK);
        body.ToJsonString().Should().NotContain("hunter2").And.NotContain("InvalidOperationException");
        body["errors"]![0]!["message"]!.GetValue<string>().Should().Be("Unexpected error.");
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("INTERNAL_SERVER_ERROR");
        body["data"]!["hello"]!.GetValue<string>().Should().Be("Hello, world!");
    }

    [Fact]
    public async Task A_forbidden_request_exception_answers_403_without_data()
    {
        var (status, _, body) = await PostAsync(new { query = "{ hello forbidden }" }, GraphQLResponse);

        status.Should().Be(HttpStatusCode.Forbidden);
        body.AsObject().ContainsKey("data").Should().BeFalse();
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task The_interceptor_puts_the_user_into_the_context()
    {
        using var request = Post(new { query = "{ whoami }" }, "application/json");
        request.Headers.Add("X-User", "analyst-7");
        using var response = await _server.Client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Be("""{"data":{"whoami":"analyst-7"}}""");
    }

    [Fact]
    public async Task An_interceptor_refusing_the_caller_answers_401_with_a_challenge()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.OnRequest = (_, _) => throw ActorGraph.GraphQL.Execution.GraphQLRequestException.Unauthenticated());
        using var content = JsonContent(new { query = "{ hello }" });
        using var response = await server.Client.PostAsync(server.Url, content);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
    }

    [Fact]
    public async Task The_execution_time_limit_answers_504_with_a_clear_error()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.Executor.Limits.ExecutionTimeout = TimeSpan.FromMilliseconds(100));
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = JsonContent(new { query = "{ slow(ms: 10000) }" }) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("EXECUTION_TIMEOUT");
        body["errors"]![0]!["message"]!.GetValue<string>().Should().Contain("100 ms");
    }

    [Fact]
    public async Task Automatic_persisted_queries_register_then_run_by_hash()
    {
        const string query = "{ hello(name: \"APQ\") }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var (_, _, unknown) = await PostAsync(new { extensions }, "application/json");
        var (_, _, registered) = await PostAsync(new { query, extensions }, "application/json");
        var (_, _, byHash) = await PostAsync(new { extensions }, "application/json");

        unknown["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("PERSISTED_QUERY_NOT_FOUND");
        registered.ToJsonString().Should().Be("""{"data":{"hello":"Hello, APQ!"}}""");
        byHash.ToJsonString().Should().Be("""{"data":{"hello":"Hello, APQ!"}}""");
    }

    private async Task<(HttpStatusCode Status, string? ContentType, JsonNode Body)> PostAsync(object payload, string? accept)
    {
        using var request = Post(payload, accept);
        using var response = await _server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), JsonNode.Parse(text)!);
    }

    private HttpRequestMessage Post(object payload, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _server.Url) { Content = JsonContent(payload) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    private static ByteArrayContent JsonContent(object payload)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(payload));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
