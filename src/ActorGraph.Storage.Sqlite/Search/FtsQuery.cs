using System.Text;

namespace ActorGraph.Storage.Sqlite.Search;

/// <summary>
/// Turns what a user typed into an FTS5 query: every word becomes a quoted prefix term ("qat" matches
/// "Qatar"), all words must match, and FTS5 syntax in the input has no effect.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 query, or null when the text holds no word to search for.</summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(character);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return terms.Count == 0 ? null : string.Join(" AND ", terms);

        void Flush()
        {
            if (word.Length > 0)
            {
                terms.Add("\"" + word + "\"*");
                word.Clear();
            }
        }
    }
}
