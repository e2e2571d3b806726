using System.Net;
using System.Text.Json;
using ActorGraph.Storage.Neo4j.Cypher;
using ActorGraph.Storage.Neo4j.QueryApi;

namespace ActorGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// A fake Neo4j that understands the Query API's transaction endpoints and answers each adapter statement with a
/// result of the right shape (written ids echoed, existing records as configured), so whole store operations run.
/// </summary>
public sealed class ScriptedNeo4j
{
    public const string TransactionId = "lyU";
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    public const string CommitBookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ";

    public ScriptedNeo4j()
    {
        Handler = new FakeQueryApiHandler(Respond);
    }

    public FakeQueryApiHandler Handler { get; }

    /// <summary>Answers a request instead of the script when it returns a response (to inject failures).</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>Records the Existing statement reports, as (label, id, mergedInto).</summary>
    public List<(string Label, string Id, string? MergedInto)> Existing { get; } = [];

    private HttpResponseMessage Respond(RecordedRequest request)
    {
        if (Intercept?.Invoke(request) is { } intercepted)
        {
            return intercepted;
        }

        if (request.Method == HttpMethod.Delete)
        {
            return FakeQueryApiHandler.Json(HttpStatusCode.OK, "{}", Affinity);
        }

        var commit = request.Path.EndsWith("/commit", StringComparison.Ordinal);
        var inTransaction = request.Path.Contains("/query/v2/tx", StringComparison.Ordinal);
        var data = request.Statement is { } statement ? Data(statement, request.Parameters) : """{"fields":[],"values":[]}""";
        var transaction = inTransaction && !commit ? $$""","transaction":{"id":"{{TransactionId}}","expires":"2024-10-22T15:48:29Z"}""" : string.Empty;
        var bookmarks = !inTransaction || commit ? $$""","bookmarks":["{{CommitBookmark}}"]""" : string.Empty;
        return FakeQueryApiHandler.Json(HttpStatusCode.Accepted, $$"""{"data":{{data}}{{bookmarks}}{{transaction}}}""", inTransaction ? Affinity : null);
    }

    private string Data(string statement, IReadOnlyDictionary<string, object?> parameters)
    {
        if (statement is ActorCypher.Upsert or DocumentCypher.Upsert or EventCypher.Upsert or AffiliationCypher.Upsert or RelationshipCypher.UpsertClaims)
        {
            var ids = ((IEnumerable<object?>)parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(r => (string)r["id"]!);
            return Rows(["id"], ids.Select(id => new object?[] { id }));
        }

        return statement switch
        {
            MergeCypher.Touching => Rows(["kind", "id"], [["claim", "r01"], ["affiliation", "burns-cia"]]),
            StoreCypher.Existing => Rows(["label", "id", "fingerprint", "mergedInto"], Existing.Select(e => new object?[] { e.Label, e.Id, null, e.MergedInto })),
            RelationshipCypher.Retract => Rows(["id", "wasRetracted", "actorIds"], [[parameters["id"], false, new List<object?> { "qatar", "hamas" }]]),
            MergeCypher.State => Rows(
                ["id", "mergedInto", "absorbedIds", "mergedHere"],
                ((IEnumerable<object?>)parameters["ids"]!).Select(id => new object?[] { id, Existing.FirstOrDefault(e => e.Id == (string)id!).MergedInto, new List<object?>(), new List<object?>() })),
            ActorCypher.FindAscending or ActorCypher.FindDescending or RelationshipCypher.FindAscending or RelationshipCypher.FindDescending or EventCypher.Find or DocumentCypher.Find
                => Rows(["total", "items"], [[0L, new List<object?>()]]),
            RelationshipCypher.CountNeighbours => Rows(
                ["known", "others", "best", "edges"],
                [[
                    new List<object?> { Map(("id", "qatar"), ("count", 2L)) },
                    3L,
                    new List<object?> { Map(("id", "israel"), ("count", 1L)), Map(("id", "hamas"), ("count", 1L)) },
                    new List<object?> { Edge("r02", "qatar", "israel"), Edge("r01", "qatar", "hamas") },
                ]]),
            StoreCypher.Stats => Rows(
                ["actors", "relationships", "evidence", "documents", "events", "affiliations", "byType", "earliest", "latest"],
                [[0L, 0L, 0L, 0L, 0L, 0L, new List<object?>(), null, null]]),
            _ => Rows([], []),
        };
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);

    private static Dictionary<string, object?> Edge(string id, string sourceId, string targetId) => Map(
        ("id", id), ("type", "MEDIATES"), ("sourceId", sourceId), ("targetId", targetId), ("date", "2023-11"),
        ("reportedOn", new DateOnly(2023, 11, 28)), ("modality", "Reported"), ("confidence", 0.9), ("evidenceCount", 1L));

    private static string Rows(IReadOnlyList<string> fields, IEnumerable<object?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("fields");
            fields.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteStartArray("values");
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    TypedJson.Write(writer, value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
