using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// A hash of a record's content as it was given to the store. An import compares it with the stored one to
/// tell records already stored as given, which it leaves alone (and does not audit). The JSON hashed is the
/// serializer's default rendering of the record, written by generated code rather than reflection (half the cost
/// on a large import, same bytes).
/// </summary>
internal static partial class Fingerprint
{
    public static string Of(Document document) => Hash(document, FingerprintJson.Default.Document);

    public static string Of(Affiliation affiliation) => Hash(affiliation, FingerprintJson.Default.Affiliation);

    public static string Of(Event @event) => Hash(@event, FingerprintJson.Default.Event);

    public static string Of(Relationship relationship) => Hash(relationship, FingerprintJson.Default.Relationship);

    /// <summary>The merge state belongs to the store, not to the record given; external ids are hashed in key order.</summary>
    public static string Of(Actor actor) => Hash(
        actor with
        {
            MergedInto = null,
            ExternalIds = new SortedDictionary<string, string>(actor.ExternalIds.ToDictionary(), StringComparer.Ordinal),
        },
        FingerprintJson.Default.Actor);

    // Each thread renders into its own buffer, reused record after record: a large import fingerprints a million.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_json;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static string Hash<T>(T record, JsonTypeInfo<T> type)
    {
        var json = t_json ??= new ArrayBufferWriter<byte>();
        json.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(json);
        writer.Reset(json);
        JsonSerializer.Serialize(writer, record, type);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json.WrittenSpan, hash);
        return Convert.ToHexString(hash);
    }

    [JsonSerializable(typeof(Document))]
    [JsonSerializable(typeof(Actor))]
    [JsonSerializable(typeof(Affiliation))]
    [JsonSerializable(typeof(Event))]
    [JsonSerializable(typeof(Relationship))]
    private sealed partial class FingerprintJson : JsonSerializerContext;
}
