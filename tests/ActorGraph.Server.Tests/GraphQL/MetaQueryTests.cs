using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL;

public sealed class MetaQueryTests
{
    [Fact]
    public async Task The_vocabulary_gives_descriptions_symmetry_CAMEO_and_PLOVER_codes_and_usage_counts_that_add_up_to_the_stats()
    {
        await using var app = await TestApp.StartAsync();
        var data = await app.GraphQL().QueryAsync("""
            { vocabulary { code description category symmetric allowsSelf cameoCodes ploverCategory label count }
              affiliations: vocabulary(category: AFFILIATION) { code }
              stats { actors relationships evidence documents events affiliations earliestDate latestDate relationshipsByType { type count } } }
            """);

        var vocabulary = data.GetProperty("vocabulary").EnumerateArray().ToList();
        var mediates = vocabulary.Single(t => t.GetProperty("code").GetString() == "MEDIATES");
        mediates.GetProperty("cameoCodes").EnumerateArray().Select(c => c.GetString()).Should().Contain("045");
        mediates.GetProperty("ploverCategory").GetString().Should().Be("CONSULT");
        vocabulary.Single(t => t.GetProperty("code").GetString() == "MEETS").GetProperty("symmetric").GetBoolean().Should().BeTrue();
        data.GetProperty("affiliations").EnumerateArray().Select(t => t.GetProperty("code").GetString()).Should().Contain("SPOKESPERSON_FOR").And.NotContain("MEDIATES");

        var stats = data.GetProperty("stats");
        stats.GetProperty("actors").GetInt32().Should().BeGreaterThanOrEqualTo(60);
        stats.GetProperty("documents").GetInt32().Should().Be(5);
        var byType = stats.GetProperty("relationshipsByType").EnumerateArray().ToList();
        byType.Sum(t => t.GetProperty("count").GetInt32()).Should().Be(stats.GetProperty("relationships").GetInt32());
        byType.Select(t => t.GetProperty("count").GetInt32()).Should().BeInDescendingOrder();
        vocabulary.Sum(t => t.GetProperty("count").GetInt32()).Should().Be(stats.GetProperty("relationships").GetInt32());
    }

    [Fact]
    public async Task The_viewer_is_the_key_holder_or_anonymous()
    {
        await using var app = await TestApp.StartAsync(seed: false);
        var anonymous = await app.GraphQL().QueryAsync("{ viewer { name role } }");
        var editor = await app.GraphQL(Role.Editor).QueryAsync("{ viewer { name role } }");

        anonymous.GetProperty("viewer").GetProperty("name").GetString().Should().Be("anonymous");
        anonymous.GetProperty("viewer").GetProperty("role").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        editor.GetProperty("viewer").GetProperty("name").GetString().Should().Be("test-editor");
        editor.GetProperty("viewer").GetProperty("role").GetString().Should().Be("EDITOR");
    }
}
