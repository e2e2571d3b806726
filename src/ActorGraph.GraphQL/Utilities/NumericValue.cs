using System.Globalization;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>Helpers for the CLR numbers that resolvers and JSON variables produce.</summary>
public static class NumericValue
{
    /// <summary>The value as a double when it is any CLR number; otherwise null.</summary>
    public static double? AsDouble(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        _ => null,
    };

    public static bool IsInteger(object? value) => value switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong => true,
        double d => double.IsFinite(d) && Math.Floor(d) == d,
        float f => float.IsFinite(f) && MathF.Floor(f) == f,
        decimal m => decimal.Floor(m) == m,
        _ => false,
    };

    /// <summary>The number formatted as JavaScript's <c>String(number)</c> would format it.</summary>
    public static string ToJavaScriptString(object number) => number switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(number, CultureInfo.InvariantCulture)!,
        _ => FormatDouble(AsDouble(number) ?? throw new ArgumentException("Not a number.", nameof(number))),
    };

    /// <summary>JavaScript's Number::toString: shortest round-trip digits, exponent form outside 1e-7 .. 1e21.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var n = exponent;
        string body;
        if (k <= n && n <= 21)
        {
            body = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            body = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            body = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            body = digits[..1] + (k > 1 ? "." + digits[1..] : string.Empty) + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return sign + body;
    }

    // Digits d1..dk without leading/trailing zeros and n such that value = 0.d1..dk * 10^n.
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var mantissa = roundTrip;
        var exponent = 0;
        var e = roundTrip.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mantissa = roundTrip[..e];
            exponent = int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var allDigits = integerPart + fraction;
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var digits = allDigits[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, pointPosition - leadingZeros);
    }
}
