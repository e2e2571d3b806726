using System.Text;
using System.Text.RegularExpressions;
using ActorGraph.Domain.Validation;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>Checks on mutation input that name the offending field; anything oversized is refused before it reaches the store.</summary>
public static partial class InputCheck
{
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 5_000;
    public const int MaxDocumentLength = 1_000_000;
    public const int MaxListLength = 200;

    /// <summary>The trimmed text; empty or longer than <paramref name="max"/> is <c>INVALID_INPUT</c>.</summary>
    public static string Required(string? value, string field, int max = MaxNameLength)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw ApiErrors.InvalidInput($"'{field}' must not be empty.");
        }

        return text.Length <= max ? text : throw TooLong(field, text.Length, max);
    }

    public static string? Optional(string? value, string field, int max = MaxTextLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, max);

    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? values, string field, int max = MaxListLength) =>
        values is null ? []
        : values.Count <= max ? values
        : throw ApiErrors.InvalidInput($"'{field}' holds {values.Count} items; at most {max} are accepted.");

    public static string Key(string? given, string field, Func<string> derive)
    {
        if (given is null)
        {
            var derived = Slugify(derive());
            return derived.Length > 0 ? derived : throw ApiErrors.InvalidInput($"No key can be derived for '{field}'; give one.");
        }

        return Slug.IsValid(given) && given.Length <= MaxNameLength
            ? given
            : throw ApiErrors.InvalidInput($"'{field}' '{given}' is not a key: use lowercase letters and digits in words joined by dashes, such as 'antony-blinken'.");
    }

    public static string? Country(string? value) =>
        value is null ? null
        : CountryPattern().IsMatch(value.Trim().ToUpperInvariant()) ? value.Trim().ToUpperInvariant()
        : throw ApiErrors.InvalidInput($"'country' '{value}' is not an ISO 3166-1 alpha-3 code such as 'QAT'.");

    public static double Confidence(double value) =>
        value is >= 0 and <= 1 ? value : throw ApiErrors.InvalidInput($"'confidence' must be between 0 and 1; it is {value}.");

    /// <summary>A lowercase slug made of the letters and digits of <paramref name="text"/> (accents dropped).</summary>
    public static string Slugify(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length <= 80 ? result : result[..80].Trim('-');
    }

    private static Exception TooLong(string field, int length, int max) =>
        ApiErrors.InvalidInput($"'{field}' is {length} characters long; at most {max} are accepted.");

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();
}
