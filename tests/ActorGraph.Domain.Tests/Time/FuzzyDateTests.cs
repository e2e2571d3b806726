using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Tests.Time;

public class FuzzyDateTests
{
    [Theory]
    [InlineData("2024-03-18", DatePrecision.Day, "2024-03-18", "2024-03-18")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", DatePrecision.Month, "2023-02-01", "2023-02-28")]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-03-18/2024-03-20", DatePrecision.Period, "2024-03-18", "2024-03-20")]
    public void Parses_each_precision_and_writes_it_back(string text, DatePrecision precision, string start, string end)
    {
        var date = FuzzyDate.Parse(text);

        date.Precision.Should().Be(precision);
        date.Start.Should().Be(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        date.End.Should().Be(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("2024-04-31")]
    [InlineData("24-03-18")]
    [InlineData("2024/03/18")]
    [InlineData("March 2024")]
    [InlineData("2024-03-18/2024-02-30")]
    [InlineData("")]
    public void Refuses_what_is_not_a_date(string text)
    {
        FuzzyDate.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().NotBeEmpty();
        FluentActions.Invoking(() => FuzzyDate.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused_with_the_reason()
    {
        FuzzyDate.TryParse("2024-03-20/2024-03-18", out _, out var error).Should().BeFalse();
        error.Should().Be("The period '2024-03-20/2024-03-18' ends before it starts.");
    }

    [Theory]
    [InlineData("2024-03", "2024-03-31", null, true)]
    [InlineData("2024-03", "2024-04-01", null, false)]
    [InlineData("2024-03", null, "2024-03-01", true)]
    [InlineData("2024-03", null, "2024-02-29", false)]
    [InlineData("2024-03-18/2024-03-20", "2024-03-19", "2024-03-19", true)]
    [InlineData("2024-03-18", "2024-03-19", "2024-03-25", false)]
    [InlineData("2024", null, null, true)]
    public void Overlaps_a_window_when_any_of_its_days_is_inside(string date, string? from, string? to, bool expected)
    {
        var window = new DateWindow(ParseDay(from), ParseDay(to));

        FuzzyDate.Parse(date).Overlaps(window).Should().Be(expected);
    }

    private static DateOnly? ParseDay(string? text) =>
        text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
