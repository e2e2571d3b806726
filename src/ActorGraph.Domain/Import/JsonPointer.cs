namespace ActorGraph.Domain.Import;

/// <summary>Builds JSON pointers (RFC 6901): <c>/relationships/3/evidence/0</c>; the empty string is the whole document.</summary>
public static class JsonPointer
{
    public static string Append(string pointer, string propertyName) =>
        pointer + "/" + propertyName.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
