using System.Globalization;
using System.Text;

namespace ActorGraph.Storage.Neo4j.Mapping;

/// <summary>Turns a user's search words into a Lucene query for the actor_names index: every word, as a prefix.</summary>
internal static class FullTextQuery
{
    /// <summary>"Sheikh Moh" becomes <c>sheikh* AND moh*</c>; null when the search holds no word at all.</summary>
    public static string? FromSearch(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        // Only letters and digits survive, so no Lucene operator or special character can reach the query.
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Fold(search) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word + "*");
                word.Clear();
            }
        }

        return words.Count == 0 ? null : string.Join(" AND ", words);
    }

    /// <summary>Lower case without diacritics ("Côte" becomes "cote"): stored names and searches are folded alike.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
