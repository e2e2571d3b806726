using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class IdentifierRulesTests
{
    [Theory]
    [InlineData("Qatar")]
    [InlineData("qatar ")]
    [InlineData("state--of-qatar")]
    [InlineData("-qatar")]
    [InlineData("qatar_state")]
    public void Ids_must_be_slugs(string id)
    {
        var batch = SampleBatch.WithRelationship(r => r with { Id = id });

        SingleIssueAt(batch, "relationships[0].id").Should().Contain($"'{id}' is not a valid id");
    }

    [Fact]
    public void A_duplicate_id_names_its_first_use()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Id = "wire-2023-11-28-talks-r001" }, index: 2);

        SingleIssueAt(batch, "relationships[2].id").Should().Be("Duplicate id 'wire-2023-11-28-talks-r001': relationships[0] has it already.");
    }

    [Fact]
    public void Ids_of_different_kinds_may_be_equal()
    {
        var batch = SampleBatch.Create();
        batch = batch with { Events = [batch.Events[0] with { Id = "qatar" }], Relationships = [.. batch.Relationships.Select(r => r with { EventId = r.EventId is null ? null : "qatar" })] };

        Issues(batch).Should().BeEmpty();
    }

    [Theory]
    [InlineData("QA")]
    [InlineData("qat")]
    [InlineData("QATAR")]
    public void Country_codes_are_three_upper_case_letters(string country)
    {
        var batch = SampleBatch.WithActor(a => a with { Country = country });

        SingleIssueAt(batch, "actors[0].country").Should().Contain("ISO 3166-1 alpha-3");
    }
}
