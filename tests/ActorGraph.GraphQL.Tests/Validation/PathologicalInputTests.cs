using System.Text;
using ActorGraph.GraphQL.Errors;

namespace ActorGraph.GraphQL.Tests.Validation;

/// <summary>Abusive documents end in GraphQL errors (or a quick valid verdict), never in a crash or a hang.</summary>
public sealed class PathologicalInputTests
{
    [Fact]
    public void Ten_thousand_nested_brackets_are_a_syntax_error()
    {
        var text = "{ echo(value: " + new string('[', 10_000) + new string(']', 10_000) + ") }";

        Validate.Request(text).Should().ContainSingle().Which.Should().BeOfType<GraphQLSyntaxError>();
    }

    [Fact]
    public void Ten_thousand_nested_selection_sets_are_a_syntax_error()
    {
        var text = string.Concat(Enumerable.Repeat("{ hero ", 10_000)) + new string('}', 10_000);

        Validate.Request(text).Should().ContainSingle().Which.Should().BeOfType<GraphQLSyntaxError>();
    }

    [Fact]
    public void A_one_megabyte_string_is_validated_like_any_other()
    {
        var text = "{ isAlive(name: \"" + new string('x', 1 << 20) + "\") }";

        Validate.Request(text, Validate.Unlimited).Should().BeEmpty();
        Validate.Request(text).Should().ContainSingle().Which.Message.Should().Contain("larger than the limit");
    }

    [Fact]
    public void One_hundred_thousand_aliases_validate()
    {
        var text = new StringBuilder("{ ");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append('a').Append(i).Append(": now ");
        }

        Validate.Request(text.Append('}').ToString(), Validate.Unlimited).Should().BeEmpty();
    }

    [Fact]
    public void One_hundred_thousand_copies_of_one_field_are_compared_once()
    {
        var text = "{ " + string.Concat(Enumerable.Repeat("now ", 100_000)) + "x: now x: isAlive(name: \"a\") }";

        Validate.Request(text, Validate.Unlimited).Should().ContainSingle().Which.Message.Should().StartWith("Fields \"x\" conflict");
    }

    [Fact]
    public void Thousands_of_conflicting_subselections_stop_at_the_work_budget_or_the_error_cap()
    {
        var text = "{ " + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"hero {{ n{i % 2}: name }} ")) + "}";

        var errors = Validate.Request(text, Validate.Unlimited);

        errors.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(101);
        errors[^1].Message.Should().EndWith("Validation aborted.");
    }

    [Fact]
    public void A_long_fragment_cycle_is_reported()
    {
        const int count = 2_000;
        var text = new StringBuilder("{ hero { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            text.Append($"fragment F{i} on Character {{ name ...F{(i + 1) % count} }}\n");
        }

        var errors = Validate.Request(text.ToString(), Validate.Unlimited);

        errors.Should().ContainSingle(e => e.Message.StartsWith("Cannot spread fragment \"F0\" within itself", StringComparison.Ordinal))
            .Which.Locations.Should().HaveCount(count);
    }

    [Fact]
    public void A_ten_thousand_fragment_chain_validates_without_exhausting_the_stack()
    {
        const int count = 10_000;
        var text = new StringBuilder("{ hero { ...F0 } hero { ...G0 } }\n");
        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? $"...F{i + 1}" : "name";
            text.Append($"fragment F{i} on Character {{ friends {{ {next} }} }}\n");
            text.Append($"fragment G{i} on Character {{ friends {{ {next.Replace('F', 'G')} }} }}\n");
        }

        var errors = Validate.Request(text.ToString(), Validate.Unlimited);

        errors.Should().OnlyContain(e => e.Message.EndsWith("Validation aborted.", StringComparison.Ordinal));
    }
}
