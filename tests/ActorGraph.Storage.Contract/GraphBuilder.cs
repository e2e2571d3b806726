using System.Text;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Storage.Contract;

/// <summary>
/// Builds small batches for store tests. Each relationship, affiliation and event gets a sentence of its own,
/// appended to the text of the document it cites, so every piece of evidence matches its document at its offsets.
/// </summary>
public sealed class GraphBuilder
{
    public const string DefaultDocumentId = "doc-default";

    private static readonly DateOnly DefaultPublishedOn = new(2024, 3, 1);

    private readonly List<(string Id, DateOnly PublishedOn, string Title)> _documents = [];
    private readonly Dictionary<string, StringBuilder> _texts = new(StringComparer.Ordinal);
    private readonly List<Actor> _actors = [];
    private readonly List<Affiliation> _affiliations = [];
    private readonly List<Event> _events = [];
    private readonly List<Relationship> _relationships = [];

    public GraphBuilder Document(string id, DateOnly publishedOn, string? title = null)
    {
        _documents.Add((id, publishedOn, title ?? $"Report {id}"));
        _texts[id] = new StringBuilder($"{title ?? id}.");
        return this;
    }

    public GraphBuilder Actor(string id, string name, ActorKind kind = ActorKind.State, string? country = null, params string[] aliases)
    {
        _actors.Add(new Actor
        {
            Id = id,
            Name = name,
            Kind = kind,
            Country = country,
            Aliases = aliases,
            Description = $"{name} ({kind})",
        });
        return this;
    }

    public GraphBuilder Actor(Actor actor)
    {
        _actors.Add(actor);
        return this;
    }

    public GraphBuilder Affiliation(string id, string memberId, string organisationId, string type, string? title = null, string? tenure = null, string documentId = DefaultDocumentId)
    {
        _affiliations.Add(new Affiliation
        {
            Id = id,
            MemberId = memberId,
            OrganisationId = organisationId,
            Type = type,
            Title = title,
            Tenure = tenure is null ? null : FuzzyDate.Parse(tenure),
            Evidence = [Cite(documentId, $"{memberId} is {title ?? type} of {organisationId}")],
        });
        return this;
    }

    public GraphBuilder Event(string id, string name, string? date, params (string ActorId, ParticipantRole Role)[] participants) =>
        Event(id, name, date, EventKind.Talks, "Doha", DefaultDocumentId, participants);

    public GraphBuilder Event(string id, string name, string? date, EventKind kind, string? place, string documentId, params (string ActorId, ParticipantRole Role)[] participants)
    {
        _events.Add(new Event
        {
            Id = id,
            Name = name,
            Kind = kind,
            Date = date is null ? null : FuzzyDate.Parse(date),
            Place = place,
            Description = $"The {name}",
            Modality = Modality.Completed,
            Participants = [.. participants.Select(p => new EventParticipant(p.ActorId, p.Role))],
            Evidence = [Cite(documentId, $"{name} took place")],
        });
        return this;
    }

    /// <summary>A relationship citing one sentence of <paramref name="documentId"/>; reported on the document's publication day.</summary>
    public GraphBuilder Relationship(
        string id,
        string type,
        string sourceId,
        string targetId,
        string? date = null,
        Modality modality = Modality.Reported,
        double confidence = 1.0,
        string documentId = DefaultDocumentId,
        string? eventId = null,
        string? place = null,
        string? attribution = null)
    {
        _relationships.Add(new Relationship
        {
            Id = id,
            Type = type,
            SourceId = sourceId,
            TargetId = targetId,
            Date = date is null ? null : FuzzyDate.Parse(date),
            ReportedOn = PublishedOn(documentId),
            Place = place,
            Modality = modality,
            Attribution = attribution,
            Confidence = confidence,
            EventId = eventId,
            Evidence = [Cite(documentId, $"{sourceId} {type.ToLowerInvariant()} {targetId} [{id}]")],
        });
        return this;
    }

    public GraphBatch Build() => new()
    {
        Documents = [.. AllDocumentIds().Select(id => BuildDocument(id))],
        Actors = [.. _actors],
        Affiliations = [.. _affiliations],
        Events = [.. _events],
        Relationships = [.. _relationships],
    };

    private IEnumerable<string> AllDocumentIds() =>
        _documents.Select(d => d.Id).Concat(_texts.Keys).Distinct(StringComparer.Ordinal);

    private Document BuildDocument(string id)
    {
        var declared = _documents.FirstOrDefault(d => d.Id == id);
        return new Document
        {
            Id = id,
            Title = declared.Title ?? "Default report",
            Publisher = "Contract News",
            PublishedOn = declared.Id is null ? DefaultPublishedOn : declared.PublishedOn,
            Language = "en",
            Url = $"https://example.org/{id}",
            Kind = DocumentKind.Article,
            Text = _texts[id].ToString(),
        };
    }

    private DateOnly PublishedOn(string documentId)
    {
        var declared = _documents.FirstOrDefault(d => d.Id == documentId);
        return declared.Id is null ? DefaultPublishedOn : declared.PublishedOn;
    }

    private Evidence Cite(string documentId, string sentence)
    {
        if (!_texts.TryGetValue(documentId, out var text))
        {
            text = new StringBuilder("Default report.");
            _texts[documentId] = text;
        }

        text.Append(' ');
        var start = text.Length;
        text.Append(sentence).Append('.');
        return new Evidence(documentId, sentence, start, start + sentence.Length);
    }
}
