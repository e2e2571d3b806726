using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Domain.Validation;

namespace ActorGraph.Domain.Tests;

/// <summary>A small, valid batch for tests to break one rule at a time.</summary>
internal static class SampleBatch
{
    public const string Text =
        "CIA Director Bill Burns was in Qatar on Tuesday. Qatar mediates between Israel and Hamas. " +
        "Qatar hosted the talks. Qatar hosted the talks.";

    public static Document Document { get; } = new()
    {
        Id = "wire-2023-11-28-talks",
        Title = "Talks in Doha",
        Publisher = "Wire",
        PublishedOn = new DateOnly(2023, 11, 28),
        Kind = DocumentKind.Article,
        Text = Text,
    };

    public static Evidence Quote(string quote) => EvidenceLocator.Require(Document, quote, hint: 0);

    public static GraphBatch Create() => new()
    {
        Documents = [Document],
        Actors =
        [
            new Actor { Id = "qatar", Name = "Qatar", Aliases = ["State of Qatar"], Kind = ActorKind.State, Country = "QAT" },
            new Actor { Id = "hamas", Name = "Hamas", Kind = ActorKind.ArmedGroup, Country = "PSE" },
            new Actor { Id = "israel", Name = "Israel", Kind = ActorKind.State, Country = "ISR" },
            new Actor { Id = "cia", Name = "Central Intelligence Agency", Aliases = ["CIA"], Kind = ActorKind.Agency, Country = "USA" },
            new Actor { Id = "bill-burns", Name = "Bill Burns", Aliases = ["William Burns"], Kind = ActorKind.Person, Country = "USA" },
        ],
        Affiliations =
        [
            new Affiliation { Id = "bill-burns-leads-cia", MemberId = "bill-burns", OrganisationId = "cia", Type = "LEADS", Title = "Director", Evidence = [Quote("CIA Director Bill Burns")] },
        ],
        Events =
        [
            new Event
            {
                Id = "doha-talks-2023-11",
                Name = "Doha talks",
                Kind = EventKind.Talks,
                Date = FuzzyDate.Day(new DateOnly(2023, 11, 28)),
                Place = "Doha",
                Modality = Modality.Completed,
                Participants = [new EventParticipant("qatar", ParticipantRole.Host), new EventParticipant("bill-burns", ParticipantRole.Attendee)],
                Evidence = [Quote("Bill Burns was in Qatar on Tuesday")],
            },
        ],
        Relationships =
        [
            Claim("wire-2023-11-28-talks-r001", "MEDIATES", "qatar", "hamas", "Qatar mediates between Israel and Hamas"),
            Claim("wire-2023-11-28-talks-r002", "MEDIATES", "qatar", "israel", "Qatar mediates between Israel and Hamas"),
            Claim("wire-2023-11-28-talks-r003", "VISITS", "bill-burns", "qatar", "Bill Burns was in Qatar on Tuesday") with
            {
                Date = FuzzyDate.Day(new DateOnly(2023, 11, 28)),
                Modality = Modality.Completed,
                EventId = "doha-talks-2023-11",
                Confidence = 0.9,
                Attribution = "according to officials",
            },
        ],
    };

    public static Relationship Claim(string id, string type, string source, string target, string quote) => new()
    {
        Id = id,
        Type = type,
        SourceId = source,
        TargetId = target,
        ReportedOn = Document.PublishedOn,
        Evidence = [Quote(quote)],
    };

    public static GraphBatch WithRelationship(Func<Relationship, Relationship> change, int index = 0)
    {
        var batch = Create();
        return batch with { Relationships = [.. batch.Relationships.Select((r, i) => i == index ? change(r) : r)] };
    }

    public static GraphBatch WithActor(Func<Actor, Actor> change, int index = 0)
    {
        var batch = Create();
        return batch with { Actors = [.. batch.Actors.Select((a, i) => i == index ? change(a) : a)] };
    }
}
