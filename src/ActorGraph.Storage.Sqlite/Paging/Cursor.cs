using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorGraph.Domain.Errors;

namespace ActorGraph.Storage.Sqlite.Paging;

/// <summary>
/// The opaque position after an item of an ordered result: the order it belongs to, the item's sort key and
/// its id (the tie-breaker). Encoded as base64url JSON.
/// </summary>
internal sealed record Cursor(string Order, string? Text, double? Number, string Id)
{
    [JsonIgnore]
    public object? Key => Text ?? (object?)Number;

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static Cursor Decode(string encoded, string expectedOrder)
    {
        Cursor? cursor = null;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(encoded));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // Reported below with the same message as a cursor of another order.
        }

        if (cursor is null || cursor.Id is null || cursor.Order != expectedOrder)
        {
            throw new ValidationException("page.after", $"'{Shorten(encoded)}' is not a cursor of this query; pass back an endCursor it returned.");
        }

        return cursor;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
