using System.Globalization;
using System.Text;

namespace ActorGraph.Storage.Sqlite.Mapping;

/// <summary><see cref="Codec"/>'s days and enum names read straight from SQLite's UTF-8 text, without making strings.</summary>
internal static class Utf8Codec
{
    /// <summary>A stored <c>yyyy-MM-dd</c> day.</summary>
    public static DateOnly Day(ReadOnlySpan<byte> text) =>
        text is [var y1, var y2, var y3, var y4, (byte)'-', var m1, var m2, (byte)'-', var d1, var d2]
            ? new DateOnly(Digits(y1, y2) * 100 + Digits(y3, y4), Digits(m1, m2), Digits(d1, d2))
            : Codec.ParseDay(Encoding.UTF8.GetString(text));

    /// <summary>Writes <paramref name="day"/> as <see cref="Codec.Day(DateOnly)"/> does, in UTF-8; returns the bytes written.</summary>
    public static int WriteDay(DateOnly day, Span<byte> destination)
    {
        // By hand: the format string's general path was a percent of a large import's time.
        const int Length = 10;
        if (destination.Length < Length)
        {
            throw new ArgumentException("The buffer is too small for a day.", nameof(destination));
        }

        var (year, month, dayOfMonth) = day;
        WriteDigits(destination[..4], year);
        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), month);
        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), dayOfMonth);
        return Length;
    }

    /// <summary>The name <see cref="Codec.Enum{TEnum}"/> stores for <paramref name="value"/>, in UTF-8.</summary>
    public static ReadOnlySpan<byte> Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (name, known) in Names<TEnum>.All)
        {
            if (EqualityComparer<TEnum>.Default.Equals(known, value))
            {
                return name;
            }
        }

        return Encoding.UTF8.GetBytes(Codec.Enum(value));
    }

    /// <summary>The enum value a stored name spells, or false for a name this build does not know.</summary>
    public static bool TryEnum<TEnum>(ReadOnlySpan<byte> text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (name, known) in Names<TEnum>.All)
        {
            if (text.SequenceEqual(name))
            {
                value = known;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Writes <paramref name="value"/> in decimal, padded with zeros to the destination's length.</summary>
    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    private static int Digits(byte tens, byte units) =>
        char.IsAsciiDigit((char)tens) && char.IsAsciiDigit((char)units)
            ? (tens - '0') * 10 + units - '0'
            : throw new FormatException("A stored day is not in the form yyyy-MM-dd.");

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly (byte[] Name, TEnum Value)[] All =
            [.. Enum.GetValues<TEnum>().Select(value => (Encoding.UTF8.GetBytes(Codec.Enum(value)), value))];
    }
}
