using System.Net;
using System.Text;

namespace ActorGraph.Explorer.Tests;

/// <summary>GraphiQL answers browsers at /graphql without taking GraphQL requests away from the endpoint.</summary>
[Collection(ExplorerServerCollection.Name)]
public sealed class GraphQLEndpointCoexistenceTests(ExplorerServer server)
{
    private const string Query = "{ stats { actors } }";

    [Fact]
    public async Task A_browser_asking_for_html_gets_GraphiQL()
    {
        using var client = Client("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await client.GetAsync(new Uri("/graphql", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>ActorGraph GraphiQL</title>");
    }

    [Fact]
    public async Task The_explorer_is_served_at_the_root()
    {
        using var client = Client("text/html");
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        page.Should().Contain("<title>ActorGraph Explorer</title>");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task A_GraphQL_GET_still_reaches_the_endpoint(string accept)
    {
        using var client = Client(accept);
        var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(Query), UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"actors\":");
    }

    [Fact]
    public async Task A_GraphQL_POST_still_reaches_the_endpoint()
    {
        using var client = Client("text/html, application/json");
        using var body = new StringContent("{\"query\":\"" + Query + "\"}", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"actors\":");
    }

    private HttpClient Client(string accept)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        return client;
    }
}
