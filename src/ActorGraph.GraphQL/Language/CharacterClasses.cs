namespace ActorGraph.GraphQL.Language;

/// <summary>Byte and code point classes of the GraphQL lexical grammar.</summary>
internal static class CharacterClasses
{
    public static bool IsNameStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsWhiteSpace(int c) => c is ' ' or '\t';

    public static bool IsUnicodeScalarValue(int c) => c is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int c) => c is >= 0xD800 and <= 0xDBFF;

    public static bool IsTrailingSurrogate(int c) => c is >= 0xDC00 and <= 0xDFFF;

    /// <summary>The value of a hex digit, or -1.</summary>
    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
