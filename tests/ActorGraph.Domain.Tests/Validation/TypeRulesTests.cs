using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class TypeRulesTests
{
    [Fact]
    public void An_unknown_relationship_type_lists_the_vocabulary()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Type = "BEFRIENDS" });

        SingleIssueAt(batch, "relationships[0].type").Should().StartWith("Unknown relationship type 'BEFRIENDS'; the vocabulary has: MEDIATES, MEETS");
    }

    [Fact]
    public void An_affiliation_type_used_as_a_relationship_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { Type = "LEADS" });

        SingleIssueAt(batch, "relationships[0].type").Should()
            .Be("'LEADS' is an affiliation type, not an interaction type: record it under \"affiliations\".");
    }

    [Fact]
    public void An_interaction_type_used_as_an_affiliation_is_reported()
    {
        var batch = SampleBatch.Create();
        batch = batch with { Affiliations = [batch.Affiliations[0] with { Type = "SUPPORTS" }] };

        SingleIssueAt(batch, "affiliations[0].type").Should()
            .Be("'SUPPORTS' is an interaction type, not an affiliation type: record it under \"relationships\".");
    }

    [Theory]
    [InlineData("MEETS")]
    [InlineData("CONDEMNS")]
    public void No_type_allows_a_self_relationship(string type)
    {
        var batch = SampleBatch.WithRelationship(r => r with { Type = type, TargetId = "qatar" });

        SingleIssueAt(batch, "relationships[0]").Should().Be($"'qatar' cannot stand in a {type} relationship to itself.");
    }

    [Fact]
    public void An_affiliation_to_oneself_is_reported()
    {
        var batch = SampleBatch.Create();
        batch = batch with { Affiliations = [batch.Affiliations[0] with { OrganisationId = "bill-burns" }] };

        SingleIssueAt(batch, "affiliations[0]").Should().Be("'bill-burns' cannot stand in a LEADS relationship to itself.");
    }
}
