using ActorGraph.GraphQL.Validation;

namespace ActorGraph.GraphQL.Tests.Validation;

public sealed class LimitRuleTests
{
    private const string ThreeLevels = "{ hero { friends { name } } }";

    [Fact]
    public void Depth_within_the_maximum_passes()
    {
        Validate.Document(ThreeLevels, new ValidationOptions { MaxDepth = 3 }).Should().BeEmpty();
    }

    [Fact]
    public void Depth_beyond_the_maximum_is_reported_with_its_own_code()
    {
        var error = Validate.Document(ThreeLevels, new ValidationOptions { MaxDepth = 2 }).Should().ContainSingle().Subject;

        error.Message.Should().Be("Query depth 3 exceeds the maximum of 2.");
        error.Code.Should().Be(ValidationErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Depth_counts_through_fragments_but_not_introspection()
    {
        const string document = "{ ...F __schema { types { fields { type { ofType { name } } } } } } fragment F on Query { hero { friends { name } } }";

        Validate.Document(document, new ValidationOptions { MaxDepth = 2 }).Should().ContainSingle()
            .Which.Message.Should().Be("Query depth 3 exceeds the maximum of 2.");
    }

    [Fact]
    public void Cost_multiplies_list_selections_by_the_page_size_argument()
    {
        // reviews (1) + 25 items x stars (1) = 26
        var error = Validate.Document("{ reviews(episode: JEDI, first: 25) { stars } }", new ValidationOptions { MaxCost = 25 }).Should().ContainSingle().Subject;

        error.Message.Should().Be("Query cost 26 exceeds the maximum of 25.");
        error.Code.Should().Be(ValidationErrorCodes.MaxCostExceeded);
    }

    [Fact]
    public void Cost_uses_a_variable_default_then_the_default_list_size()
    {
        var options = new ValidationOptions { MaxCost = 1_000, DefaultListSize = 10 };

        Validate.Document("query ($n: Int = 5) { reviews(episode: JEDI, first: $n) { stars } }", options with { MaxCost = 5 })
            .Should().ContainSingle().Which.Message.Should().Be("Query cost 6 exceeds the maximum of 5.");
        Validate.Document("{ hero { friends { friends { name } } } }", options with { MaxCost = 111 })
            .Should().ContainSingle().Which.Message.Should().Be("Query cost 112 exceeds the maximum of 111.");
    }

    [Fact]
    public void Limits_are_off_by_default()
    {
        Validate.Document("{ hero { friends { friends { friends { friends { name } } } } } }").Should().BeEmpty();
    }
}
