using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Tests.Mapping;

public sealed class Utf8CodecTests
{
    [Fact]
    public void A_stored_day_reads_as_the_day_codec_wrote()
    {
        var day = new DateOnly(2023, 11, 24);

        Utf8Codec.Day("2023-11-24"u8).Should().Be(day).And.Be(Codec.ParseDay(Codec.Day(day)));
    }

    [Theory]
    [InlineData("2023-1x-24")]
    [InlineData("2023-02-30")]
    [InlineData("24/11/2023")]
    public void A_day_not_in_the_stored_form_is_refused(string text)
    {
        var read = () => Utf8Codec.Day(System.Text.Encoding.UTF8.GetBytes(text));

        read.Should().Throw<Exception>().Which.Should().Match<Exception>(e => e is FormatException || e is ArgumentOutOfRangeException);
    }

    [Fact]
    public void Every_enum_name_codec_writes_reads_back_and_an_unknown_name_does_not()
    {
        foreach (var modality in Enum.GetValues<Modality>())
        {
            Utf8Codec.TryEnum<Modality>(System.Text.Encoding.UTF8.GetBytes(Codec.Enum(modality)), out var read).Should().BeTrue();
            read.Should().Be(modality);
        }

        Utf8Codec.TryEnum<DatePrecision>("Day"u8, out var precision).Should().BeTrue();
        precision.Should().Be(DatePrecision.Day);
        Utf8Codec.TryEnum<Modality>("rumoured"u8, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(2023, 11, 24)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_day_is_written_in_utf8_exactly_as_codec_writes_it(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Span<byte> buffer = stackalloc byte[16];

        var written = Utf8Codec.WriteDay(date, buffer);

        System.Text.Encoding.UTF8.GetString(buffer[..written]).Should().Be(Codec.Day(date));
    }

    [Fact]
    public void Every_enum_value_is_named_in_utf8_exactly_as_codec_names_it()
    {
        foreach (var modality in Enum.GetValues<Modality>())
        {
            System.Text.Encoding.UTF8.GetString(Utf8Codec.Name(modality)).Should().Be(Codec.Enum(modality));
        }

        foreach (var precision in Enum.GetValues<DatePrecision>())
        {
            System.Text.Encoding.UTF8.GetString(Utf8Codec.Name(precision)).Should().Be(Codec.Enum(precision));
        }
    }
}
