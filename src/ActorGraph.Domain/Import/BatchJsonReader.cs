using System.Globalization;
using System.Text.Json;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Turns a batch that passed the schema into domain records. What the schema cannot see (a day that does not
/// exist, such as 2023-02-30) becomes an issue whose path is a JSON pointer into the batch.
/// </summary>
internal sealed class BatchJsonReader
{
    private readonly List<ValidationIssue> _issues = [];
    private readonly List<int> _withoutReportedOn = [];

    private BatchJsonReader()
    {
    }

    public static BatchFileContent Read(JsonElement root)
    {
        var reader = new BatchJsonReader();
        var batch = new GraphBatch
        {
            Documents = reader.Items(root, "documents", reader.ReadDocument),
            Actors = reader.Items(root, "actors", ReadActor),
            Affiliations = reader.Items(root, "affiliations", reader.ReadAffiliation),
            Events = reader.Items(root, "events", reader.ReadEvent),
            Relationships = reader.Items(root, "relationships", reader.ReadRelationship),
        };
        return new BatchFileContent(batch, reader._withoutReportedOn, reader._issues);
    }

    private List<T> Items<T>(JsonElement root, string name, Func<JsonElement, string, int, T> read)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return [];
        }

        return [.. array.EnumerateArray().Select((item, index) => read(item, JsonPointer.Append(JsonPointer.Append(string.Empty, name), index), index))];
    }

    private Document ReadDocument(JsonElement json, string at, int index) => new()
    {
        Id = Text(json, "id"),
        Title = Text(json, "title"),
        Publisher = OptionalText(json, "publisher"),
        PublishedOn = Day(json, "publishedOn", at) ?? default,
        Language = OptionalText(json, "language") ?? "en",
        Url = OptionalText(json, "url"),
        Kind = OptionalText(json, "kind") is { } kind ? JsonEnumNames<DocumentKind>.Parse(kind) : DocumentKind.Article,
        Text = Text(json, "text"),
    };

    private static Actor ReadActor(JsonElement json, string at, int index) => new()
    {
        Id = Text(json, "id"),
        Name = Text(json, "name"),
        Aliases = json.TryGetProperty("aliases", out var aliases) ? [.. aliases.EnumerateArray().Select(a => a.GetString()!)] : [],
        Kind = JsonEnumNames<ActorKind>.Parse(Text(json, "kind")),
        Country = OptionalText(json, "country"),
        Description = OptionalText(json, "description"),
        ExternalIds = json.TryGetProperty("externalIds", out var ids)
            ? ids.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal),
    };

    private Affiliation ReadAffiliation(JsonElement json, string at, int index) => new()
    {
        Id = Text(json, "id"),
        MemberId = Text(json, "member"),
        OrganisationId = Text(json, "organisation"),
        Type = Text(json, "type"),
        Title = OptionalText(json, "title"),
        Tenure = Date(json, "tenure", at),
        Evidence = ReadEvidence(json),
    };

    private Event ReadEvent(JsonElement json, string at, int index) => new()
    {
        Id = Text(json, "id"),
        Name = Text(json, "name"),
        Kind = JsonEnumNames<EventKind>.Parse(Text(json, "kind")),
        Date = Date(json, "date", at),
        Place = OptionalText(json, "place"),
        Description = OptionalText(json, "description"),
        Modality = ReadModality(json),
        Participants = json.TryGetProperty("participants", out var participants)
            ? [.. participants.EnumerateArray().Select(p => new EventParticipant(Text(p, "actor"), JsonEnumNames<ParticipantRole>.Parse(Text(p, "role"))))]
            : [],
        Evidence = ReadEvidence(json),
    };

    private Relationship ReadRelationship(JsonElement json, string at, int index)
    {
        var reportedOn = Day(json, "reportedOn", at);
        if (reportedOn is null)
        {
            _withoutReportedOn.Add(index);
        }

        return new Relationship
        {
            Id = Text(json, "id"),
            Type = Text(json, "type"),
            SourceId = Text(json, "source"),
            TargetId = Text(json, "target"),
            Date = Date(json, "date", at),
            ReportedOn = reportedOn ?? DateOnly.MinValue,
            Place = OptionalText(json, "place"),
            Modality = ReadModality(json),
            Attribution = OptionalText(json, "attribution"),
            Confidence = json.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : 1.0,
            EventId = OptionalText(json, "event"),
            Evidence = ReadEvidence(json),
        };
    }

    private static Modality ReadModality(JsonElement json) =>
        OptionalText(json, "modality") is { } modality ? JsonEnumNames<Modality>.Parse(modality) : Modality.Reported;

    private static List<Evidence> ReadEvidence(JsonElement json) =>
        json.TryGetProperty("evidence", out var evidence)
            ? [.. evidence.EnumerateArray().Select(e => new Evidence(Text(e, "document"), Text(e, "quote"), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()))]
            : [];

    private static string Text(JsonElement json, string name) => json.GetProperty(name).GetString()!;

    private static string? OptionalText(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private FuzzyDate? Date(JsonElement json, string name, string at)
    {
        if (OptionalText(json, name) is not { } text)
        {
            return null;
        }

        if (FuzzyDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        _issues.Add(new ValidationIssue(JsonPointer.Append(at, name), error));
        return null;
    }

    private DateOnly? Day(JsonElement json, string name, string at)
    {
        if (OptionalText(json, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        _issues.Add(new ValidationIssue(JsonPointer.Append(at, name), $"'{text}' is not a day that exists (write yyyy-MM-dd)."));
        return null;
    }
}

/// <summary>What one batch file holds, the relationships that left <c>reportedOn</c> to be worked out, and what was wrong.</summary>
internal sealed record BatchFileContent(GraphBatch Batch, IReadOnlyList<int> RelationshipsWithoutReportedOn, IReadOnlyList<ValidationIssue> Issues);
