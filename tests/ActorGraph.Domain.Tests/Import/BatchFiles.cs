using System.Text.Json.Nodes;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Import;

namespace ActorGraph.Domain.Tests.Import;

/// <summary>Batch JSON for loader tests: the sample batch (or a part of it) as the writer writes it, editable as a node tree.</summary>
internal static class BatchFiles
{
    public static JsonObject Sample() => Json(SampleBatch.Create());

    public static JsonObject Json(GraphBatch batch) => JsonNode.Parse(SeedDataWriter.ToJson(batch))!.AsObject();

    public static string Write(string path, JsonNode json)
    {
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    /// <summary>The sample split as the seed-data folder is: actors and affiliations in one file, the rest in another.</summary>
    public static (JsonObject Actors, JsonObject Document) SplitSample()
    {
        var batch = SampleBatch.Create();
        return (
            Json(new GraphBatch { Actors = batch.Actors, Affiliations = batch.Affiliations, Documents = batch.Documents }),
            Json(new GraphBatch { Events = batch.Events, Relationships = batch.Relationships }));
    }
}
