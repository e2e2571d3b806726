using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Contract;

/// <summary>
/// A small graph shared by the contract tests: eight actors, two documents, two affiliations, one event and
/// eight relationships with day, month, year, period and missing dates. Degrees: hamas 4, israel 4, qatar 3,
/// united-states 2, al-thani 1, burns 1, egypt 1, cote-divoire 0.
/// </summary>
public static class SampleGraph
{
    public const string Ap = "doc-ap";
    public const string Cnn = "doc-cnn";

    public static GraphBatch Build() => Builder().Build();

    public static GraphBuilder Builder() => new GraphBuilder()
        .Document(Ap, new DateOnly(2023, 11, 28), "Truce extended")
        .Document(Cnn, new DateOnly(2024, 3, 20), "Doha talks resume")
        .Actor(new Actor
        {
            Id = "qatar",
            Name = "Qatar",
            Kind = ActorKind.State,
            Country = "QAT",
            Aliases = ["State of Qatar"],
            Description = "Gulf state mediating between Israel and Hamas",
            ExternalIds = new Dictionary<string, string> { ["wikidata"] = "Q846" },
        })
        .Actor("egypt", "Egypt", ActorKind.State, "EGY", "Arab Republic of Egypt")
        .Actor("israel", "Israel", ActorKind.State, "ISR")
        .Actor("hamas", "Hamas", ActorKind.ArmedGroup, null, "Islamic Resistance Movement")
        .Actor("united-states", "United States", ActorKind.State, "USA", "US", "USA")
        .Actor("burns", "William Burns", ActorKind.Person, "USA", "Bill Burns")
        .Actor("al-thani", "Mohammed bin Abdulrahman Al Thani", ActorKind.Person, "QAT", "Sheikh Mohammed")
        .Actor("cote-divoire", "Côte d'Ivoire", ActorKind.State, "CIV")
        .Affiliation("burns-cia", "burns", "united-states", "SERVES_IN", "Director of the CIA", "2021", Cnn)
        .Affiliation("al-thani-pm", "al-thani", "qatar", "LEADS", "Prime Minister", "2023-03-07/2024-03-20", Cnn)
        .Event(
            "doha-talks",
            "Doha talks",
            "2024-03-18/2024-03-20",
            EventKind.Talks,
            "Doha",
            Cnn,
            ("burns", ParticipantRole.Mediator),
            ("al-thani", ParticipantRole.Host),
            ("israel", ParticipantRole.Party))
        .Relationship("r01", "MEDIATES", "qatar", "hamas", "2023-11", confidence: 0.9, documentId: Ap)
        .Relationship("r02", "MEDIATES", "qatar", "israel", "2023-11", documentId: Ap)
        .Relationship("r03", "MEDIATES", "egypt", "hamas", "2024-03-18", modality: Modality.Completed, documentId: Cnn)
        .Relationship("r04", "PRESSURES", "united-states", "qatar", "2024-03", confidence: 0.6, documentId: Cnn, attribution: "two US officials")
        .Relationship("r05", "MEETS", "burns", "al-thani", "2024-03-18/2024-03-20", Modality.Completed, documentId: Cnn, eventId: "doha-talks", place: "Doha")
        .Relationship("r06", "ATTACKS", "israel", "hamas", date: null, documentId: Ap)
        .Relationship("r07", "REJECTS", "hamas", "israel", "2024-03-20", Modality.Denied, 0.5, Cnn)
        .Relationship("r08", "SUPPORTS", "united-states", "israel", "2023", documentId: Ap);
}
