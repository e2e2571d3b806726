using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Validation;
using static ActorGraph.Domain.Tests.Validation.ValidatorAssertions;

namespace ActorGraph.Domain.Tests.Validation;

public class ReferenceRulesTests
{
    [Fact]
    public void An_unknown_target_actor_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { TargetId = "egypt" });

        SingleIssueAt(batch, "relationships[0].target").Should().Be("Unknown actor 'egypt'.");
    }

    [Fact]
    public void An_unknown_event_is_reported()
    {
        var batch = SampleBatch.WithRelationship(r => r with { EventId = "cairo-talks" }, index: 2);

        SingleIssueAt(batch, "relationships[2].event").Should().Be("Unknown event 'cairo-talks'.");
    }

    [Fact]
    public void Unknown_affiliation_members_and_event_participants_are_reported()
    {
        var batch = SampleBatch.Create();
        batch = batch with
        {
            Affiliations = [batch.Affiliations[0] with { OrganisationId = "mossad" }],
            Events = [batch.Events[0] with { Participants = [new EventParticipant("qatar", ParticipantRole.Host), new EventParticipant("egypt", ParticipantRole.Mediator)] }],
        };

        Issues(batch).Select(i => i.ToString()).Should().BeEquivalentTo(
            "affiliations[0].organisation: Unknown actor 'mossad'.",
            "events[0].participants[1].actor: Unknown actor 'egypt'.");
    }

    [Fact]
    public void Stored_actors_and_events_may_be_referred_to()
    {
        var batch = SampleBatch.WithRelationship(r => r with { TargetId = "egypt", EventId = "cairo-talks" });
        var known = new KnownRecords([new Actor { Id = "egypt", Name = "Egypt", Kind = ActorKind.State }], [], ["cairo-talks"]);

        Issues(batch, known).Should().BeEmpty();
    }

    [Fact]
    public void BatchReferences_lists_what_the_batch_names_but_does_not_define()
    {
        var batch = SampleBatch.WithRelationship(r => r with { TargetId = "egypt", EventId = "cairo-talks", Evidence = [r.Evidence[0] with { DocumentId = "older-article" }] });

        var references = BatchReferences.Of(batch);

        references.ActorIds.Should().BeEquivalentTo("egypt");
        references.DocumentIds.Should().BeEquivalentTo("older-article");
        references.EventIds.Should().BeEquivalentTo("cairo-talks");
    }
}
