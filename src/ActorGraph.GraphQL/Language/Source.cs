using System.Text;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Language;

/// <summary>
/// The UTF-8 text of a GraphQL document. Offsets everywhere in the language layer are byte offsets into
/// <see cref="Body"/>; line and column are computed on demand (columns in UTF-16 units, like graphql-js).
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(ReadOnlyMemory<byte> body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    public Source(string body, string name = "GraphQL request")
        : this(Encoding.UTF8.GetBytes(body), name)
    {
    }

    public ReadOnlyMemory<byte> Body { get; }

    public string Name { get; }

    /// <summary>The source text between two byte offsets.</summary>
    public string Slice(int start, int end) => Encoding.UTF8.GetString(Body.Span[start..end]);

    public SourceLocation GetLocation(int offset)
    {
        var lineStarts = _lineStarts ??= ComputeLineStarts(Body.Span);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Utf16Length(Body.Span[lineStarts[line]..Math.Min(offset, Body.Length)]) + 1;
        return new SourceLocation(line + 1, column);
    }

    private static int[] ComputeLineStarts(ReadOnlySpan<byte> body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
            else if (body[i] == (byte)'\r')
            {
                if (i + 1 < body.Length && body[i + 1] == (byte)'\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var length = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte of a four-byte sequence stands for a surrogate pair.
                length += b >= 0xF0 ? 2 : 1;
            }
        }

        return length;
    }
}
