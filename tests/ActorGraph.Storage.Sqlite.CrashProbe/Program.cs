using System.Globalization;
using ActorGraph.Domain.Changes;
using ActorGraph.Storage.Sqlite;
using ActorGraph.Storage.Sqlite.CrashProbe;

// Usage: <database file> <relationships per batch>. Prints "ready" once set up, then "ack N" after batch N
// commits, until it is killed.
// Or: <database file> load <relationships>. Prints "loading", then loads the setup and that many relationships into the
// empty store as one batch, and prints "ack load" once it has committed.
if (args is [var loadPath, "load", var count])
{
    if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var relationships) || relationships < 1)
    {
        await Console.Error.WriteLineAsync("usage: ActorGraph.Storage.Sqlite.CrashProbe <database file> load <relationships (1 or more)>");
        return 2;
    }

    var empty = SqliteGraphStore.ForFile(loadPath);
    await empty.InitializeAsync();
    var load = ProbeBatches.Load(relationships);
    Console.WriteLine("loading");
    await empty.ImportAsync(load, ChangeContext.System());
    Console.WriteLine("ack load");
    return 0;
}

if (args.Length != 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > 999)
{
    await Console.Error.WriteLineAsync("usage: ActorGraph.Storage.Sqlite.CrashProbe <database file> <relationships per batch (1-999)>");
    return 2;
}

var store = SqliteGraphStore.ForFile(args[0]);
await store.InitializeAsync();
await store.ImportAsync(ProbeBatches.Setup(), ChangeContext.System());
Console.WriteLine("ready");
for (var batch = 0; batch < 1_000_000; batch++)
{
    await store.ImportAsync(ProbeBatches.Batch(batch, size), ChangeContext.System());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {batch}"));
}

return 0;
