using System.Text.RegularExpressions;

namespace ActorGraph.Domain.Validation;

/// <summary>The shape of every id: lowercase letters and digits in words joined by single dashes (<c>antony-blinken</c>).</summary>
public static partial class Slug
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
