using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;

namespace ActorGraph.Storage.Contract;

/// <summary>
/// The base of every contract test class: a store implementation inherits each class and says how to make
/// an empty store. Every test makes its own store and its own data, so tests do not depend on each other.
/// </summary>
public abstract class GraphStoreContract
{
    /// <summary>When changes are made: whole milliseconds, so that every store can keep the instant exactly.</summary>
    protected static readonly DateTimeOffset Now = new(2024, 4, 2, 9, 30, 15, 250, TimeSpan.Zero);

    protected static ChangeContext Context { get; } = new("contract-tester", Now, "request-1");

    /// <summary>A new, empty store of the implementation under test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    protected async Task<IGraphStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.InitializeAsync();
        return store;
    }

    /// <summary>A new store holding <see cref="SampleGraph"/>.</summary>
    protected async Task<IGraphStore> SampleStoreAsync()
    {
        var store = await NewStoreAsync();
        await store.ImportAsync(SampleGraph.Build(), Context);
        return store;
    }

    protected static Task ApplyAsync(IGraphStore store, params GraphChange[] changes) => store.ApplyAsync(changes, Context);

    protected static ChangeContext At(DateTimeOffset at, string who = "contract-tester") => new(who, at, "request-" + at.ToUnixTimeMilliseconds());
}
