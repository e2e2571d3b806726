using System.Security.Cryptography;
using System.Text.Json;
using ActorGraph.Domain.Actors;

namespace ActorGraph.Storage.Sqlite.Writes;

/// <summary>
/// A hash of a record's content as it was given to the store. An import compares it with the stored one to
/// tell records already stored as given, which it leaves alone (and does not audit).
/// </summary>
internal static class Fingerprint
{
    public static string Of<T>(T record) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record)));

    /// <summary>The merge state belongs to the store, not to the record given; external ids are hashed in key order.</summary>
    public static string Of(Actor actor) => Of<Actor>(actor with
    {
        MergedInto = null,
        ExternalIds = new SortedDictionary<string, string>(actor.ExternalIds.ToDictionary(), StringComparer.Ordinal),
    });
}
