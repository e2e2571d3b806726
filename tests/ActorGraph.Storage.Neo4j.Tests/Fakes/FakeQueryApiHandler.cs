using System.Net;
using System.Text;

namespace ActorGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>An HTTP handler standing in for Neo4j: it records every request and answers with what the test scripts.</summary>
public sealed class FakeQueryApiHandler(Func<RecordedRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string? affinity = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8) };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.neo4j.query");
        if (affinity is not null)
        {
            response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }

        return response;
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        return respond(recorded);
    }
}
