using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Mapping;

/// <summary>Builds domain records from rows selected with the lists of <see cref="Columns"/>.</summary>
internal static class RowReaders
{
    /// <summary>Reads <see cref="Columns.Actor"/> starting at column <paramref name="first"/>; aliases come from their own table.</summary>
    public static Actor Actor(SqliteDataReader row, int first = 0) => new()
    {
        Id = row.GetString(first),
        Name = row.GetString(first + 1),
        Kind = Codec.ParseEnum<ActorKind>(row.GetString(first + 2)),
        Country = row.GetStringOrNull(first + 3),
        Description = row.GetStringOrNull(first + 4),
        ExternalIds = Codec.ParseJsonMap(row.GetString(first + 5)),
        MergedInto = row.GetStringOrNull(first + 6),
    };

    public static Document Document(SqliteDataReader row) => new()
    {
        Id = row.GetString(0),
        Title = row.GetString(1),
        Publisher = row.GetStringOrNull(2),
        PublishedOn = Codec.ParseDay(row.GetString(3)),
        Language = row.GetString(4),
        Url = row.GetStringOrNull(5),
        Kind = Codec.ParseEnum<DocumentKind>(row.GetString(6)),
        Text = row.GetString(7),
    };

    public static Affiliation Affiliation(SqliteDataReader row, IReadOnlyList<Evidence> evidence) => new()
    {
        Id = row.GetString(0),
        MemberId = row.GetString(1),
        OrganisationId = row.GetString(2),
        Type = row.GetString(3),
        Title = row.GetStringOrNull(4),
        Tenure = Codec.FuzzyDate(row.GetStringOrNull(5), row.GetStringOrNull(6), row.GetStringOrNull(7)),
        Evidence = evidence,
    };

    public static Event Event(SqliteDataReader row, IReadOnlyList<EventParticipant> participants, IReadOnlyList<Evidence> evidence) => new()
    {
        Id = row.GetString(0),
        Name = row.GetString(1),
        Kind = Codec.ParseEnum<EventKind>(row.GetString(2)),
        Date = Codec.FuzzyDate(row.GetStringOrNull(3), row.GetStringOrNull(4), row.GetStringOrNull(5)),
        Place = row.GetStringOrNull(6),
        Description = row.GetStringOrNull(7),
        Modality = Codec.ParseEnum<Modality>(row.GetString(8)),
        Participants = participants,
        Evidence = evidence,
    };

    public static Relationship Relationship(SqliteDataReader row, IReadOnlyList<Evidence> evidence) => new()
    {
        Id = row.GetString(0),
        Type = row.GetString(1),
        SourceId = row.GetString(2),
        TargetId = row.GetString(3),
        Date = Codec.FuzzyDate(row.GetStringOrNull(4), row.GetStringOrNull(5), row.GetStringOrNull(6)),
        ReportedOn = Codec.ParseDay(row.GetString(7)),
        Place = row.GetStringOrNull(8),
        Modality = Codec.ParseEnum<Modality>(row.GetString(9)),
        Attribution = row.GetStringOrNull(10),
        Confidence = row.GetDouble(11),
        EventId = row.GetStringOrNull(12),
        Retraction = row.GetStringOrNull(13) is { } reason
            ? new Retraction(reason, Codec.ParseInstant(row.GetInt64(14)), row.GetString(15))
            : null,
        Evidence = evidence,
    };

    /// <summary>Reads a row of <see cref="Columns.Evidence"/>: the owner id, then the evidence.</summary>
    public static (string OwnerId, Evidence Evidence) Evidence(SqliteDataReader row) => (
        row.GetString(0),
        new Evidence(row.GetString(1), row.GetString(2), row.GetInt32(3), row.GetInt32(4)));
}
