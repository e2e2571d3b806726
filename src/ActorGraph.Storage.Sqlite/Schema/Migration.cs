namespace ActorGraph.Storage.Sqlite.Schema;

/// <summary>One step of the schema: the SQL that takes the database from <c>Version - 1</c> to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
