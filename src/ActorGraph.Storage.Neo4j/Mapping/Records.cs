using System.Text.Json;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Storage.Neo4j.Mapping;

/// <summary>Domain records from the maps the read statements return.</summary>
internal static class Records
{
    public static Actor Actor(IReadOnlyDictionary<string, object?> map) => new()
    {
        Id = map.String("id"),
        Name = map.String("name"),
        Aliases = map.Strings("aliases"),
        Kind = map.Enum<ActorKind>("kind"),
        Country = map.OptionalString("country"),
        Description = map.OptionalString("description"),
        ExternalIds = map.OptionalString("externalIds") is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json)!
            : new Dictionary<string, string>(),
        MergedInto = map.OptionalString("mergedInto"),
    };

    public static Document Document(IReadOnlyDictionary<string, object?> map) => new()
    {
        Id = map.String("id"),
        Title = map.String("title"),
        Publisher = map.OptionalString("publisher"),
        PublishedOn = map.Date("publishedOn"),
        Language = map.OptionalString("language") ?? "en",
        Url = map.OptionalString("url"),
        Kind = map.Enum<DocumentKind>("kind"),
        Text = map.String("text"),
    };

    public static Affiliation Affiliation(IReadOnlyDictionary<string, object?> map) => new()
    {
        Id = map.String("id"),
        MemberId = map.String("memberId"),
        OrganisationId = map.String("organisationId"),
        Type = map.String("type"),
        Title = map.OptionalString("title"),
        Tenure = Rows.OptionalFuzzyDate(map.OptionalString("tenure")),
        Evidence = Evidence(map),
    };

    public static Event Event(IReadOnlyDictionary<string, object?> map) => new()
    {
        Id = map.String("id"),
        Name = map.String("name"),
        Kind = map.Enum<EventKind>("kind"),
        Date = Rows.OptionalFuzzyDate(map.OptionalString("date")),
        Place = map.OptionalString("place"),
        Description = map.OptionalString("description"),
        Modality = map.Enum<Modality>("modality"),
        Participants = [.. map.Maps("participants")
            .OrderBy(p => p.Long("ordinal"))
            .Select(p => new EventParticipant(p.String("actorId"), p.Enum<ParticipantRole>("role")))],
        Evidence = Evidence(map),
    };

    public static Relationship Relationship(IReadOnlyDictionary<string, object?> map) => new()
    {
        Id = map.String("id"),
        Type = map.String("type"),
        SourceId = map.String("sourceId"),
        TargetId = map.String("targetId"),
        Date = Rows.OptionalFuzzyDate(map.OptionalString("date")),
        ReportedOn = map.Date("reportedOn"),
        Place = map.OptionalString("place"),
        Modality = map.Enum<Modality>("modality"),
        Attribution = map.OptionalString("attribution"),
        Confidence = map.Double("confidence"),
        EventId = map.OptionalString("eventId"),
        Evidence = Evidence(map),
        Retraction = map.OptionalDateTime("retractedAt") is { } at
            ? new Retraction(map.OptionalString("retractedReason") ?? string.Empty, at, map.OptionalString("retractedBy") ?? string.Empty)
            : null,
    };

    public static Edge Edge(IReadOnlyDictionary<string, object?> map) => new(
        map.String("id"),
        map.String("type"),
        map.String("sourceId"),
        map.String("targetId"),
        Rows.OptionalFuzzyDate(map.OptionalString("date")),
        map.Date("reportedOn"),
        map.Enum<Modality>("modality"),
        map.Double("confidence"),
        (int)map.Long("evidenceCount"));

    public static ChangeRecord Change(IReadOnlyDictionary<string, object?> map) => new(
        map.Long("sequence"),
        map.OptionalDateTime("at") ?? throw new InvalidDataException("A change without a time was returned."),
        map.String("who"),
        map.String("operation"),
        map.String("entityKind"),
        map.String("entityId"),
        map.Strings("actorIds"),
        map.OptionalString("requestId"),
        map.OptionalString("details"));

    private static IReadOnlyList<Evidence> Evidence(IReadOnlyDictionary<string, object?> map) =>
        [.. map.Maps("evidence")
            .OrderBy(e => e.Long("ordinal"))
            .Select(e => new Evidence(e.String("documentId"), e.String("quote"), (int)e.Long("start"), (int)e.Long("end")))];
}
