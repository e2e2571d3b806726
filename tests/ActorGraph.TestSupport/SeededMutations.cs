using System.Text;

namespace ActorGraph.TestSupport;

/// <summary>
/// Random but reproducible edits of a text (delete, duplicate, repeat, swap, truncate, insert a snippet), for
/// fuzzing parsers and validators by mutating a corpus of real documents. The same seed gives the same edits.
/// </summary>
public static class SeededMutations
{
    private static readonly string[] Snippets =
    [
        "{", "}", "(", ")", "[", "]", "...", "$x", ":", "!", "=", "@", "@skip(if: true)", "@include(if: $x)",
        "\"", "\"\"\"", "\\", "\\u{D800}", "\\u12", "#", "\n", "\r", "\t", ",", "1e", "0x1", "-", "1.5e308",
        "99999999999999999999", "query", "mutation", "subscription", "fragment F on Query", "on", "...F",
        "... on Node", "null", "true", "__typename", "__schema", "x: y", "a(b: {c: [1, 2]})", "🚀", "\u00e9",
        "\u0000", "\uFEFF", "type T { a: Int }", "directive @d on FIELD", "$", "\"\\\"",
    ];

    /// <summary>Applies one to three edits chosen by <paramref name="random"/>.</summary>
    public static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            Edit(builder, random);
        }

        return builder.ToString();
    }

    private static void Edit(StringBuilder text, Random random)
    {
        var at = random.Next(text.Length + 1);
        var length = Math.Min(random.Next(1, 16), text.Length - at);
        switch (random.Next(6))
        {
            case 0 when length > 0:
                text.Remove(at, length);
                break;
            case 1 when length > 0:
                text.Insert(at, text.ToString(at, length));
                break;
            case 2 when length > 0:
                // Repeating a short span many times builds deep nesting and long runs of tokens.
                text.Insert(at, string.Concat(Enumerable.Repeat(text.ToString(at, Math.Min(length, 3)), random.Next(2, 200))));
                break;
            case 3 when text.Length > 1:
                var other = random.Next(text.Length);
                var first = Math.Min(at, text.Length - 1);
                (text[first], text[other]) = (text[other], text[first]);
                break;
            case 4:
                text.Length = at;
                break;
            default:
                text.Insert(at, Snippets[random.Next(Snippets.Length)]);
                break;
        }
    }
}
