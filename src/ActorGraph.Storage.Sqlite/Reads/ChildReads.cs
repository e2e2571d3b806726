using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Mapping;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>Loads the lists hanging off many records at once: aliases, evidence, event participants.</summary>
internal static class ChildReads
{
    public static Dictionary<string, List<string>> Aliases(SqlSession session, IEnumerable<string> actorIds)
    {
        using var command = session.Command(
            "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (SELECT value FROM json_each(@ids)) ORDER BY actor_id, position;");
        command.Bind("@ids", Codec.JsonList(actorIds));
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Add(aliases, reader.GetString(0), reader.GetString(1));
        }

        return aliases;
    }

    public static Dictionary<string, List<Evidence>> Evidence(SqlSession session, string ownerKind, IEnumerable<string> ownerIds)
    {
        using var command = session.Command(
            $"SELECT {Columns.Evidence} FROM evidence v WHERE v.owner_kind = @kind AND v.owner_id IN (SELECT value FROM json_each(@ids)) ORDER BY v.owner_id, v.position;");
        command.Bind("@kind", ownerKind).Bind("@ids", Codec.JsonList(ownerIds));
        var evidence = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (owner, piece) = RowReaders.Evidence(reader);
            Add(evidence, owner, piece);
        }

        return evidence;
    }

    public static Dictionary<string, List<EventParticipant>> Participants(SqlSession session, IEnumerable<string> eventIds)
    {
        using var command = session.Command(
            "SELECT event_id, actor_id, role FROM event_participants WHERE event_id IN (SELECT value FROM json_each(@ids)) ORDER BY event_id, position;");
        command.Bind("@ids", Codec.JsonList(eventIds));
        var participants = new Dictionary<string, List<EventParticipant>>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Add(participants, reader.GetString(0), new EventParticipant(reader.GetString(1), Codec.ParseEnum<ParticipantRole>(reader.GetString(2))));
        }

        return participants;
    }

    public static IReadOnlyList<T> For<T>(this Dictionary<string, List<T>> lists, string ownerId) =>
        lists.TryGetValue(ownerId, out var list) ? list : [];

    private static void Add<T>(Dictionary<string, List<T>> lists, string ownerId, T item)
    {
        if (!lists.TryGetValue(ownerId, out var list))
        {
            list = [];
            lists.Add(ownerId, list);
        }

        list.Add(item);
    }
}
