using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Domain.Actors;

namespace ActorGraph.Storage.Neo4j.Mapping;

/// <summary>
/// A hash of a record as imported, stored on its node: an import compares it to tell records stored exactly as
/// given (left alone, not audited) from changed ones.
/// </summary>
internal static class Fingerprint
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Of<T>(T record) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(Canonical(record), Options)));

    // Merges are not part of an imported record; external ids are a dictionary, whose order must not matter.
    private static object? Canonical<T>(T record) => record switch
    {
        Actor actor => actor with { MergedInto = null, ExternalIds = new SortedDictionary<string, string>(actor.ExternalIds.ToDictionary(), StringComparer.Ordinal) },
        _ => record,
    };
}
