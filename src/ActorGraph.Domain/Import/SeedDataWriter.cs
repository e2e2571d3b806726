using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Writes a batch in the seed-data format, so an export can be loaded again by <see cref="SeedDataLoader"/>.
/// Store-only state (retractions, merges) is not part of the format and is not written; a document's
/// <c>sourceFile</c> is not kept by the domain model and is not written either.
/// </summary>
public static class SeedDataWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(GraphBatch batch, string? schemaReference = null)
    {
        using var buffer = new MemoryStream();
        Write(batch, buffer, schemaReference);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes UTF-8 JSON without a byte-order mark; <paramref name="schemaReference"/> becomes <c>$schema</c> when given.</summary>
    public static void Write(GraphBatch batch, Stream output, string? schemaReference = null)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        if (schemaReference is not null)
        {
            json.WriteString("$schema", schemaReference);
        }

        WriteArray(json, "documents", batch.Documents, WriteDocument);
        WriteArray(json, "actors", batch.Actors, WriteActor);
        WriteArray(json, "affiliations", batch.Affiliations, WriteAffiliation);
        WriteArray(json, "events", batch.Events, WriteEvent);
        WriteArray(json, "relationships", batch.Relationships, WriteRelationship);
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDocument(Utf8JsonWriter json, Document d)
    {
        json.WriteString("id", d.Id);
        json.WriteString("title", d.Title);
        json.WriteString("publisher", d.Publisher);
        json.WriteString("publishedOn", Day(d.PublishedOn));
        json.WriteString("language", d.Language);
        json.WriteString("url", d.Url);
        json.WriteString("kind", JsonEnumNames<DocumentKind>.Name(d.Kind));
        json.WriteString("text", d.Text);
    }

    private static void WriteActor(Utf8JsonWriter json, Actor a)
    {
        json.WriteString("id", a.Id);
        json.WriteString("name", a.Name);
        json.WriteStartArray("aliases");
        foreach (var alias in a.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteString("kind", JsonEnumNames<ActorKind>.Name(a.Kind));
        json.WriteString("country", a.Country);
        json.WriteString("description", a.Description);
        json.WriteStartObject("externalIds");
        foreach (var (system, id) in a.ExternalIds.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(system, id);
        }

        json.WriteEndObject();
    }

    private static void WriteAffiliation(Utf8JsonWriter json, Affiliation a)
    {
        json.WriteString("id", a.Id);
        json.WriteString("member", a.MemberId);
        json.WriteString("organisation", a.OrganisationId);
        json.WriteString("type", a.Type);
        json.WriteString("title", a.Title);
        json.WriteString("tenure", a.Tenure?.ToString());
        WriteEvidence(json, a.Evidence);
    }

    private static void WriteEvent(Utf8JsonWriter json, Event e)
    {
        json.WriteString("id", e.Id);
        json.WriteString("name", e.Name);
        json.WriteString("kind", JsonEnumNames<EventKind>.Name(e.Kind));
        json.WriteString("date", e.Date?.ToString());
        json.WriteString("place", e.Place);
        json.WriteString("description", e.Description);
        json.WriteString("modality", JsonEnumNames<Modality>.Name(e.Modality));
        json.WriteStartArray("participants");
        foreach (var participant in e.Participants)
        {
            json.WriteStartObject();
            json.WriteString("actor", participant.ActorId);
            json.WriteString("role", JsonEnumNames<ParticipantRole>.Name(participant.Role));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteEvidence(json, e.Evidence);
    }

    private static void WriteRelationship(Utf8JsonWriter json, Relationship r)
    {
        json.WriteString("id", r.Id);
        json.WriteString("type", r.Type);
        json.WriteString("source", r.SourceId);
        json.WriteString("target", r.TargetId);
        json.WriteString("date", r.Date?.ToString());
        json.WriteString("reportedOn", Day(r.ReportedOn));
        json.WriteString("place", r.Place);
        json.WriteString("modality", JsonEnumNames<Modality>.Name(r.Modality));
        json.WriteString("attribution", r.Attribution);
        json.WriteNumber("confidence", r.Confidence);
        json.WriteString("event", r.EventId);
        WriteEvidence(json, r.Evidence);
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("document", e.DocumentId);
            json.WriteString("quote", e.Quote);
            json.WriteNumber("start", e.Start);
            json.WriteNumber("end", e.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
