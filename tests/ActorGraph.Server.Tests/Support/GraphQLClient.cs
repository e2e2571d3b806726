using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ActorGraph.Server.Tests.Support;

/// <summary>Posts GraphQL requests the standard way (JSON body, graphql-response+json accepted) and reads the answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> SendAsync(string? query, object? variables = null, string? operationName = null, object? extensions = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, operationName, extensions }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), response.Headers.WwwAuthenticate.ToString());
    }

    /// <summary>Sends the request and fails the test unless it succeeded without errors; returns <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? operationName = null)
    {
        var response = await SendAsync(query, variables, operationName);
        response.Errors.Should().BeEmpty(because: "the request should succeed, but the server answered {0}", response.Body.ToString());
        response.Status.Should().Be(HttpStatusCode.OK);
        return response.Data;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body, string WwwAuthenticate)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasData => Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];
}
