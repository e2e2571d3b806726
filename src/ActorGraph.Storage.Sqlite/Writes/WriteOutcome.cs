namespace ActorGraph.Storage.Sqlite.Writes;

internal enum WriteOutcome
{
    Inserted,
    Updated,
    Unchanged,
}
