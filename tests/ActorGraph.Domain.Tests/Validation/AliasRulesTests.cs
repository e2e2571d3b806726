using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Validation;
using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class AliasRulesTests
{
    [Fact]
    public void An_alias_claimed_by_two_actors_is_reported_at_the_second()
    {
        var batch = SampleBatch.WithActor(a => a with { Aliases = ["Doha", "state of qatar"] }, index: 1);

        SingleIssueAt(batch, "actors[1].aliases[1]").Should()
            .Be("The alias 'state of qatar' of 'hamas' is an alias of actor 'qatar' (actors[0].aliases[0]).");
    }

    [Fact]
    public void An_alias_equal_to_another_actors_name_is_reported_whatever_the_order()
    {
        var batch = SampleBatch.WithActor(a => a with { Aliases = ["HAMAS"] }, index: 0);

        SingleIssueAt(batch, "actors[0].aliases[0]").Should()
            .Be("The alias 'HAMAS' of 'qatar' is the name of actor 'hamas' (actors[1].name).");
    }

    [Fact]
    public void Two_actors_may_share_a_name()
    {
        var batch = SampleBatch.WithActor(a => a with { Name = "Qatar" }, index: 1);

        Issues(batch).Should().BeEmpty();
    }

    [Fact]
    public void An_alias_of_a_stored_actor_is_taken()
    {
        var stored = new Actor { Id = "egypt", Name = "Egypt", Aliases = ["Cairo government", "State of Qatar"], Kind = ActorKind.State };
        var known = new KnownRecords([stored], [], []);

        SingleIssueAt(SampleBatch.Create(), "actors[0].aliases[0]", known).Should()
            .Be("The alias 'State of Qatar' of 'qatar' is already a name or alias of the stored actor 'egypt'.");
    }

    [Fact]
    public void A_stored_actor_replaced_by_the_batch_does_not_conflict()
    {
        var stored = new Actor { Id = "qatar", Name = "Qatar", Aliases = ["State of Qatar"], Kind = ActorKind.State };

        Issues(SampleBatch.Create(), new KnownRecords([stored], [], [])).Should().BeEmpty();
    }
}
