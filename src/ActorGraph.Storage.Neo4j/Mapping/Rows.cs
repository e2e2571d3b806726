using System.Text.Json;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Neo4j.Mapping;

/// <summary>Domain records as the parameter maps the write statements UNWIND.</summary>
internal static class Rows
{
    /// <summary>Events without a date sort after every dated one.</summary>
    public static readonly DateOnly UndatedSortDate = new(9999, 12, 31);

    public static Dictionary<string, object?> Actor(Actor actor)
    {
        var aliases = actor.Aliases.ToList();
        return new()
        {
            ["id"] = actor.Id,
            ["name"] = actor.Name,
            ["aliases"] = aliases,
            ["searchText"] = FullTextQuery.Fold(string.Join(" | ", [actor.Name, .. aliases])),
            ["aliasKeys"] = AliasKeys(aliases),
            ["kind"] = actor.Kind.ToString(),
            ["country"] = actor.Country,
            ["description"] = actor.Description,
            ["externalIds"] = actor.ExternalIds.Count == 0 ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(actor.ExternalIds.ToDictionary(), StringComparer.Ordinal)),
            ["fingerprint"] = Fingerprint.Of(actor),
        };
    }

    public static List<string> AliasKeys(IEnumerable<string> aliases) => [.. aliases.Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    public static Dictionary<string, object?> Document(Document document) => new()
    {
        ["id"] = document.Id,
        ["title"] = document.Title,
        ["publisher"] = document.Publisher,
        ["publishedOn"] = document.PublishedOn,
        ["language"] = document.Language,
        ["url"] = document.Url,
        ["kind"] = document.Kind.ToString(),
        ["text"] = document.Text,
        ["fingerprint"] = Fingerprint.Of(document),
    };

    public static Dictionary<string, object?> Affiliation(Affiliation affiliation) => new()
    {
        ["id"] = affiliation.Id,
        ["memberId"] = affiliation.MemberId,
        ["organisationId"] = affiliation.OrganisationId,
        ["type"] = affiliation.Type,
        ["title"] = affiliation.Title,
        ["tenure"] = affiliation.Tenure?.ToString(),
        ["tenureStart"] = affiliation.Tenure?.Start,
        ["tenureEnd"] = affiliation.Tenure?.End,
        ["evidence"] = Evidence(affiliation.Evidence),
        ["fingerprint"] = Fingerprint.Of(affiliation),
    };

    public static Dictionary<string, object?> Event(Event @event) => new()
    {
        ["id"] = @event.Id,
        ["name"] = @event.Name,
        ["kind"] = @event.Kind.ToString(),
        ["date"] = @event.Date?.ToString(),
        ["dateStart"] = @event.Date?.Start,
        ["dateEnd"] = @event.Date?.End,
        ["sortDate"] = @event.Date?.Start ?? UndatedSortDate,
        ["place"] = @event.Place,
        ["description"] = @event.Description,
        ["modality"] = @event.Modality.ToString(),
        ["participants"] = @event.Participants.Select((p, i) => new Dictionary<string, object?> { ["actorId"] = p.ActorId, ["role"] = p.Role.ToString(), ["ordinal"] = i }).ToList(),
        ["evidence"] = Evidence(@event.Evidence),
        ["fingerprint"] = Fingerprint.Of(@event),
    };

    public static Dictionary<string, object?> Claim(Relationship relationship) => new()
    {
        ["id"] = relationship.Id,
        ["sourceId"] = relationship.SourceId,
        ["targetId"] = relationship.TargetId,
        ["evidence"] = Evidence(relationship.Evidence),
        ["properties"] = ClaimProperties(relationship),
    };

    // The statement adds these with "c += properties": a record without a retraction leaves a stored one alone.
    private static Dictionary<string, object?> ClaimProperties(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>
        {
            ["type"] = relationship.Type,
            ["date"] = relationship.Date?.ToString(),
            ["spanStart"] = relationship.Date?.Start ?? relationship.ReportedOn,
            ["spanEnd"] = relationship.Date?.End ?? relationship.ReportedOn,
            ["reportedOn"] = relationship.ReportedOn,
            ["place"] = relationship.Place,
            ["modality"] = relationship.Modality.ToString(),
            ["attribution"] = relationship.Attribution,
            ["confidence"] = relationship.Confidence,
            ["eventId"] = relationship.EventId,
            ["evidenceCount"] = relationship.Evidence.Count,
            ["documentIds"] = relationship.Evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).ToList(),
            ["fingerprint"] = Fingerprint.Of(relationship),
        };
        if (relationship.Retraction is { } retraction)
        {
            properties["retractedReason"] = retraction.Reason;
            properties["retractedAt"] = retraction.At;
            properties["retractedBy"] = retraction.By;
        }

        return properties;
    }

    private static List<Dictionary<string, object?>> Evidence(IEnumerable<Evidence> evidence) =>
        [.. evidence.Select((e, i) => new Dictionary<string, object?>
        {
            ["documentId"] = e.DocumentId,
            ["quote"] = e.Quote,
            ["start"] = e.Start,
            ["end"] = e.End,
            ["ordinal"] = i,
        })];

    public static FuzzyDate? OptionalFuzzyDate(string? text) => text is null ? null : FuzzyDate.Parse(text);
}
