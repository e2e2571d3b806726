using System.Text;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Language;

public ref partial struct Utf8GraphQLReader
{
    /// <summary>A syntax error at a byte offset of the document being read.</summary>
    public readonly GraphQLSyntaxError Error(int offset, string description) => new(_source, offset, description);

    private readonly GraphQLSyntaxError UnexpectedCharacter(int position)
    {
        if (_body[position] == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        return Rune.DecodeFromUtf8(_body[position..], out _, out _) == System.Buffers.OperationStatus.Done
            ? Error(position, $"Unexpected character: {DescribeCharacterAt(position)}.")
            : Error(position, $"Invalid character: {DescribeCharacterAt(position)}.");
    }

    /// <summary>The character at a position as graphql-js prints it: "x" for printable ASCII, U+XXXX otherwise, &lt;EOF&gt; past the end.</summary>
    private readonly string DescribeCharacterAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        var c = _body[position];
        if (c is >= 0x20 and <= 0x7E)
        {
            return c == '"' ? "'\"'" : $"\"{(char)c}\"";
        }

        Rune.DecodeFromUtf8(_body[position..], out var rune, out _);
        return $"U+{rune.Value:X4}";
    }

    /// <summary>Up to <paramref name="length"/> UTF-16 units of source text for an error message, as graphql-js slices it.</summary>
    private readonly string SliceForMessage(int start, int length)
    {
        var text = Encoding.UTF8.GetString(_body[start..Math.Min(start + (length * 4), _body.Length)]);
        return text.Length <= length ? text : text[..length];
    }
}
