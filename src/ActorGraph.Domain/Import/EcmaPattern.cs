using System.Text;
using System.Text.RegularExpressions;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Compiles a JSON Schema <c>pattern</c> (ECMA-262 syntax) to a .NET regex with ECMA-262's meaning of <c>$</c>:
/// end of input only, where .NET's <c>$</c> also matches before a final newline.
/// </summary>
internal static class EcmaPattern
{
    public static Regex Compile(string pattern) =>
        new(RewriteEndAnchors(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string RewriteEndAnchors(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }

            inClass = c switch
            {
                '[' => true,
                ']' => false,
                _ => inClass,
            };
            result.Append(c == '$' && !inClass ? @"\z" : c.ToString());
        }

        return result.ToString();
    }
}
