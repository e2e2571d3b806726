namespace ActorGraph.GraphQL.Language;

/// <summary>The kinds of lexical token (comments are skipped by the reader, not reported).</summary>
public enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

public static class TokenKindExtensions
{
    /// <summary>The token kind as graphql-js spells it in messages (punctuators quoted).</summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "\"" + kind.Punctuator() + "\"",
    };

    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    private static string Punctuator(this TokenKind kind) => kind switch
    {
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Ampersand => "&",
        TokenKind.ParenL => "(",
        TokenKind.ParenR => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketL => "[",
        TokenKind.BracketR => "]",
        TokenKind.BraceL => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceR => "}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a punctuator"),
    };
}
