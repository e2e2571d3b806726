using ActorGraph.Benchmarks;

// Usage: dotnet run -c Release --project tests/ActorGraph.Benchmarks -- <benchmark> [options]
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/ActorGraph.Benchmarks -- <benchmark> [options]");
    Console.Error.WriteLine("Benchmarks:");
    foreach (var b in benchmarks)
    {
        Console.Error.WriteLine($"  {b.Name,-24} {b.Description}");
    }

    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await chosen.RunAsync(args.Skip(1).ToList(), Console.Out, cancel.Token);
