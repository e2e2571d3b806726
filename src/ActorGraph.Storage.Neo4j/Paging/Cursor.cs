using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Domain.Errors;

namespace ActorGraph.Storage.Neo4j.Paging;

/// <summary>
/// A keyset cursor: the sort key and id of the last item of a page, so the next page starts strictly after it.
/// Written as base64url JSON; opaque to callers.
/// </summary>
internal sealed record Cursor(object SortKey, string Id)
{
    public string Encode()
    {
        var (type, text) = SortKey switch
        {
            string s => ("s", s),
            long l => ("i", l.ToString(CultureInfo.InvariantCulture)),
            double d => ("f", d.ToString("R", CultureInfo.InvariantCulture)),
            DateOnly d => ("d", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"A {SortKey.GetType().Name} cannot be a cursor key."),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { type, text, Id });
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a cursor; a null or empty text means "from the start".</summary>
    public static Cursor? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            if (parts is not [var type, var key, var id])
            {
                throw new FormatException();
            }

            object sortKey = type switch
            {
                "s" => key,
                "i" => long.Parse(key, CultureInfo.InvariantCulture),
                "f" => double.Parse(key, CultureInfo.InvariantCulture),
                "d" => DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => throw new FormatException(),
            };
            return new Cursor(sortKey, id);
        }
        catch (Exception e) when (e is FormatException or JsonException or OverflowException)
        {
            throw new ValidationException("page.after", $"'{text}' is not a cursor returned by this query.");
        }
    }
}
