using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Validation;

namespace ActorGraph.GraphQL.Tests.Validation;

public sealed class ValidatorTests
{
    [Fact]
    public void A_valid_document_has_no_errors()
    {
        Validate.Document("query Q($ep: Episode) { hero(episode: $ep) { name ...F } } fragment F on Character { id }").Should().BeEmpty();
    }

    [Fact]
    public void Every_error_carries_the_validation_code_and_its_locations()
    {
        var errors = Validate.Document("{ hero { name weight } }");

        var error = errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.ValidationFailed);
        error.Message.Should().Be("Cannot query field \"weight\" on type \"Character\".");
        error.Locations.Should().Equal(new SourceLocation(1, 15));
    }

    [Fact]
    public void After_one_hundred_errors_validation_stops_with_a_too_many_errors_error()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"unknown{i}"));

        var errors = Validate.Document($"{{ {fields} }}");

        errors.Should().HaveCount(101);
        errors[^1].Message.Should().Be("Too many validation errors, error limit reached. Validation aborted.");
        errors[^1].Locations.Should().BeEmpty();
    }

    [Fact]
    public void The_error_cap_is_an_option()
    {
        var errors = Validate.Document("{ a b c d }", ValidationOptions.Default with { MaxErrors = 2 });

        errors.Select(e => e.Message).Should().HaveCount(3).And.EndWith("Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void A_chosen_rule_set_runs_only_those_rules()
    {
        var options = ValidationOptions.Default with { Rules = [() => new ActorGraph.GraphQL.Validation.Rules.AllVariablesUsed()] };

        Validate.Document("query ($unused: Int) { unknownField }", options).Should().ContainSingle()
            .Which.Message.Should().Be("Variable \"$unused\" is never used.");
    }

    [Fact]
    public void Duplicate_names_give_one_error_located_at_every_duplicate()
    {
        var error = Validate.Document("query ($a: Int, $a: Int, $a: Int) { reviews(episode: JEDI, first: $a) { stars } }").Should().ContainSingle().Subject;

        error.Locations.Select(l => l.Column).Should().Equal(9, 18, 27);
    }

    [Fact]
    public void A_nullable_variable_inside_a_non_null_oneof_argument_is_rejected_as_the_specification_says()
    {
        var schema = ActorGraph.GraphQL.Tests.Conformance.ConformanceCorpus.Schema("oneof-2025");
        var document = ActorGraph.GraphQL.Language.Parser.Parse("query ($id: ID) { pet(by: {id: $id}) { id } }");

        Validator.Validate(schema, document).Should().ContainSingle()
            .Which.Message.Should().Contain("must be non-nullable to be used for OneOf Input Object \"PetBy\"");
    }
}
