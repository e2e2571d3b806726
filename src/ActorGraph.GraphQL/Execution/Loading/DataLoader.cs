using ActorGraph.GraphQL.Execution.Loading;

namespace ActorGraph.GraphQL.Execution;

/// <summary>
/// Batches and caches loads of <typeparamref name="TValue"/> by key for one request. Keys asked for while
/// the execution makes progress are fetched together by one <see cref="LoadBatchAsync"/> call when it stalls.
/// </summary>
public abstract class DataLoader<TKey, TValue> : IDispatchableLoader, IAttachableLoader
    where TKey : notnull
{
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly List<TKey> _waiting = [];
    private readonly Lock _lock = new();
    private CancellationToken _cancellationToken;

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct, in first-requested order); a key absent from the answer loads as default.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool first;
        TaskCompletionSource<TValue?> completion;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            completion = new TaskCompletionSource<TValue?>();
            _cache.Add(key, completion);
            first = _waiting.Count == 0;
            _waiting.Add(key);
        }

        if (first)
        {
            var scheduler = ExecutionScheduler.CurrentScheduler;
            if (scheduler is null)
            {
                ((IDispatchableLoader)this).Dispatch();
            }
            else
            {
                scheduler.EnlistPending(this);
            }
        }

        return completion.Task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);
    }

    void IAttachableLoader.Attach(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    void IDispatchableLoader.Dispatch()
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_lock)
        {
            batch = _waiting.Select(k => (k, _cache[k])).ToList();
            _waiting.Clear();
        }

        if (batch.Count > 0)
        {
            _ = CompleteAsync(batch);
        }
    }

    private async Task CompleteAsync(List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch)
    {
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await LoadBatchAsync(batch.Select(b => b.Key).ToList(), _cancellationToken);
        }
        catch (Exception e)
        {
            foreach (var (_, completion) in batch)
            {
                completion.TrySetException(e);
            }

            return;
        }

        foreach (var (key, completion) in batch)
        {
            completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}
