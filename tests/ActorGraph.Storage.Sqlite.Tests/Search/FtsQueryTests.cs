using ActorGraph.Storage.Sqlite.Search;

namespace ActorGraph.Storage.Sqlite.Tests.Search;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("qat", "\"qat\"*")]
    [InlineData("  Islamic   resistance ", "\"Islamic\"* AND \"resistance\"*")]
    [InlineData("Côte d'Ivoire", "\"Côte\"* AND \"d\"* AND \"Ivoire\"*")]
    [InlineData("\"Qatar\" OR (burns* NEAR", "\"Qatar\"* AND \"OR\"* AND \"burns\"* AND \"NEAR\"*")]
    public void Words_become_quoted_prefix_terms_that_must_all_match(string text, string expected)
    {
        FtsQuery.From(text).Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*()\"-")]
    public void Text_without_words_searches_for_nothing(string? text)
    {
        FtsQuery.From(text).Should().BeNull();
    }
}
