using System.Text.Json;
using ActorGraph.Storage.Neo4j.QueryApi;

namespace ActorGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>A request the fake server received, with its body already parsed.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Path => Uri.AbsolutePath;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? Statement => Body.Length == 0 ? null : JsonDocument.Parse(Body).RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>The parameters, decoded from typed JSON.</summary>
    public IReadOnlyDictionary<string, object?> Parameters
    {
        get
        {
            if (Body.Length == 0 || !JsonDocument.Parse(Body).RootElement.TryGetProperty("parameters", out var parameters))
            {
                return new Dictionary<string, object?>();
            }

            return parameters.EnumerateObject().ToDictionary(p => p.Name, p => TypedJson.Read(p.Value));
        }
    }

    public IReadOnlyList<string> Bookmarks =>
        Body.Length > 0 && JsonDocument.Parse(Body).RootElement.TryGetProperty("bookmarks", out var b) ? [.. b.EnumerateArray().Select(x => x.GetString()!)] : [];
}
