using System.Text.Json;

namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>The first error of a response's <c>errors</c> list.</summary>
internal sealed record Neo4jError(string Code, string Message);

/// <summary>One Query API response: its result, bookmarks, transaction id, cluster affinity and first error.</summary>
internal sealed record QueryResponse(QueryResult Result, IReadOnlyList<string> Bookmarks, string? TransactionId, string? Affinity, Neo4jError? Error)
{
    public static QueryResponse Parse(HttpResponseMessage response, byte[] body)
    {
        var affinity = response.Headers.TryGetValues(QueryApiClient.AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        if (body.Length == 0)
        {
            return new QueryResponse(QueryResult.Empty, [], null, affinity, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // A proxy or a load balancer may answer with HTML; the status code then says what happened.
            return new QueryResponse(QueryResult.Empty, [], null, affinity, null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new QueryResponse(QueryResult.Empty, [], null, affinity, null);
            }

            return new QueryResponse(ReadResult(root), ReadBookmarks(root), ReadTransactionId(root), affinity, ReadError(root));
        }
    }

    private static QueryResult ReadResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return QueryResult.Empty;
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        var rows = data.TryGetProperty("values", out var v)
            ? v.EnumerateArray().Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(TypedJson.Read).ToList()).ToList()
            : [];
        return new QueryResult(fields, rows);
    }

    private static List<string> ReadBookmarks(JsonElement root) =>
        root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array ? [.. b.EnumerateArray().Select(x => x.GetString()!)] : [];

    private static string? ReadTransactionId(JsonElement root) =>
        root.TryGetProperty("transaction", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var id) ? id.GetString() : null;

    private static Neo4jError? ReadError(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        return new Neo4jError(
            first.TryGetProperty("code", out var code) ? code.GetString() ?? "Neo.Unknown" : "Neo.Unknown",
            first.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty);
    }
}
