using ActorGraph.GraphQL.Validation;
using ActorGraph.GraphQL.Validation.Rules;

namespace ActorGraph.GraphQL.Tests.Validation;

/// <summary>Each specification rule run alone: it reports its own violation and accepts the corrected document.</summary>
public sealed class EachRuleTests
{
    public static TheoryData<string, string, string, string> Cases { get; } = new()
    {
        { nameof(ExecutableDefinitions), "{ now } type T { a: Int }", "{ now }", "The \"T\" definition is not executable." },
        { nameof(OperationNameUniqueness), "query A { now } query A { now }", "query A { now } query B { now }", "There can be only one operation named \"A\"." },
        { nameof(LoneAnonymousOperation), "{ now } query B { now }", "query A { now } query B { now }", "This anonymous operation must be the only defined operation." },
        { nameof(SingleRootField), "subscription { heroChanged { id } reviewAdded { stars } }", "subscription { heroChanged { id } }", "Anonymous Subscription must select only one top level field." },
        { nameof(FieldSelections), "{ villain }", "{ now }", "Cannot query field \"villain\" on type \"Query\"." },
        { nameof(OverlappingFieldsCanBeMerged), "{ hero { x: name x: id } }", "{ hero { x: name y: id } }", "Fields \"x\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional." },
        { nameof(LeafFieldSelections), "{ hero }", "{ hero { name } }", "Field \"hero\" of type \"Character\" must have a selection of subfields. Did you mean \"hero { ... }\"?" },
        { nameof(ArgumentNames), "{ hero(era: JEDI) { name } }", "{ hero(episode: JEDI) { name } }", "Unknown argument \"era\" on field \"Query.hero\"." },
        { nameof(ArgumentUniqueness), "{ human(id: \"1\", id: \"2\") { name } }", "{ human(id: \"1\") { name } }", "There can be only one argument named \"id\"." },
        { nameof(RequiredArguments), "{ human { name } }", "{ human(id: \"1\") { name } }", "Field \"human\" argument \"id\" of type \"ID!\" is required, but it was not provided." },
        { nameof(FragmentNameUniqueness), "{ hero { ...F } } fragment F on Character { id } fragment F on Character { id }", "{ hero { ...F } } fragment F on Character { id }", "There can be only one fragment named \"F\"." },
        { nameof(FragmentSpreadTypeExistence), "{ hero { ... on Wookiee { id } } }", "{ hero { ... on Human { id } } }", "Unknown type \"Wookiee\"." },
        { nameof(FragmentsOnCompositeTypes), "{ hero { ... on String { id } } }", "{ hero { ... on Droid { id } } }", "Fragment cannot condition on non composite type \"String\"." },
        { nameof(FragmentsMustBeUsed), "{ now } fragment F on Query { now }", "{ ...F } fragment F on Query { now }", "Fragment \"F\" is never used." },
        { nameof(FragmentSpreadTargetDefined), "{ ...Missing }", "{ ...F } fragment F on Query { now }", "Unknown fragment \"Missing\"." },
        { nameof(FragmentSpreadsMustNotFormCycles), "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "{ ...A } fragment A on Query { ...B } fragment B on Query { now }", "Cannot spread fragment \"A\" within itself via \"B\"." },
        { nameof(FragmentSpreadIsPossible), "{ human(id: \"1\") { ... on Droid { id } } }", "{ human(id: \"1\") { ... on Character { id } } }", "Fragment cannot be spread here as objects of type \"Human\" can never be of type \"Droid\"." },
        { nameof(ValuesOfCorrectType), "{ human(id: true) { name } }", "{ human(id: \"1\") { name } }", "ID cannot represent a non-string and non-integer value: true" },
        { nameof(InputObjectFieldNames), "{ search(text: \"a\", filter: {colour: RED}) { __typename } }", "{ search(text: \"a\", filter: {text: \"b\"}) { __typename } }", "Field \"colour\" is not defined by type \"SearchFilter\"." },
        { nameof(InputObjectFieldUniqueness), "{ search(text: \"a\", filter: {text: \"b\", text: \"c\"}) { __typename } }", "{ search(text: \"a\", filter: {text: \"b\"}) { __typename } }", "There can be only one input field named \"text\"." },
        { nameof(InputObjectRequiredFields), "mutation { createReview(episode: JEDI, review: {commentary: \"x\"}) { stars } }", "mutation { createReview(episode: JEDI, review: {stars: 1}) { stars } }", "Field \"ReviewInput.stars\" of required type \"Int!\" was not provided." },
        { nameof(DirectivesAreDefined), "{ now @cached }", "{ now @skip(if: false) }", "Unknown directive \"@cached\"." },
        { nameof(DirectivesAreInValidLocations), "query @skip(if: true) { now }", "query { now @skip(if: true) }", "Directive \"@skip\" may not be used on QUERY." },
        { nameof(DirectivesAreUniquePerLocation), "{ now @skip(if: true) @skip(if: false) }", "{ now @tag(name: \"a\") @tag(name: \"b\") }", "The directive \"@skip\" can only be used once at this location." },
        { nameof(VariableUniqueness), "query ($a: Int, $a: Int) { echo(value: $a) }", "query ($a: Int, $b: Int) { echo(value: [$a, $b]) }", "There can be only one variable named \"$a\"." },
        { nameof(VariablesAreInputTypes), "query ($h: Human) { echo(value: $h) }", "query ($h: ReviewInput) { echo(value: $h) }", "Variable \"$h\" cannot be non-input type \"Human\"." },
        { nameof(AllVariableUsesDefined), "query Q { echo(value: $v) }", "query Q($v: JSON) { echo(value: $v) }", "Variable \"$v\" is not defined by operation \"Q\"." },
        { nameof(AllVariablesUsed), "query Q($v: JSON) { now }", "query Q($v: JSON) { echo(value: $v) }", "Variable \"$v\" is never used in operation \"Q\"." },
        { nameof(AllVariableUsagesAreAllowed), "query ($id: ID) { human(id: $id) { name } }", "query ($id: ID = \"1\") { human(id: $id) { name } }", "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\"." },
        { nameof(OperationTypeExistence), "mutation { __typename }", "query { __typename }", "The mutation operation is not supported by the schema." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_alone_reports_its_violation_and_accepts_the_fix(string rule, string invalid, string valid, string message)
    {
        var factory = SpecifiedRules.All.Single(create => create().GetType().Name == rule);
        var options = new ValidationOptions { Rules = [factory] };
        var schema = rule == nameof(OperationTypeExistence) ? "oneof-2025" : "starwars";

        Validator.Validate(Conformance.ConformanceCorpus.Schema(schema), GraphQL.Language.Parser.Parse(invalid), options)
            .Should().ContainSingle().Which.Message.Should().Be(message);
        Validator.Validate(Conformance.ConformanceCorpus.Schema(schema), GraphQL.Language.Parser.Parse(valid), options).Should().BeEmpty();
    }

    [Fact]
    public void Every_rule_of_the_specification_is_covered_here()
    {
        var tested = Cases.Select(c => (string)c[0]).ToHashSet();

        SpecifiedRules.All.Select(create => create().GetType().Name).Should().BeEquivalentTo(tested);
    }
}
