using System.Collections.Concurrent;

namespace ActorGraph.GraphQL.Execution.Loading;

/// <summary>
/// Runs one execution on a single logical thread: every continuation is queued here, and when the queue
/// is empty (no started resolver can make progress) the pending data-loader batches are dispatched.
/// </summary>
internal sealed class ExecutionScheduler : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly List<IDispatchableLoader> _pending = [];
    private readonly Lock _pendingLock = new();

    /// <summary>The scheduler of the execution running on this thread, if any.</summary>
    public static ExecutionScheduler? CurrentScheduler => Current as ExecutionScheduler;

    public override void Post(SendOrPostCallback d, object? state)
    {
        _queue.Enqueue((d, state));
        _signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous Send is not supported during GraphQL execution.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Called by a loader that has keys waiting; it is dispatched when the execution stalls.</summary>
    public void EnlistPending(IDispatchableLoader loader)
    {
        lock (_pendingLock)
        {
            _pending.Add(loader);
        }

        // Wakes the loop when the key came from a continuation that ran outside the loop.
        _signal.Release();
    }

    /// <summary>Runs <paramref name="start"/> and every continuation it causes until its task completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> start, CancellationToken cancellationToken)
    {
        var task = RunInside(start);
        using var wake = cancellationToken.Register(static s => ((SemaphoreSlim)s!).Release(), _signal);
        while (!task.IsCompleted)
        {
            Drain();
            if (task.IsCompleted || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (DispatchPending())
            {
                continue;
            }

            await _signal.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await task.ConfigureAwait(false);
    }

    private Task<T> RunInside<T>(Func<Task<T>> start)
    {
        var previous = SynchronizationContext.Current;
        SetSynchronizationContext(this);
        try
        {
            return start();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void Drain()
    {
        var previous = SynchronizationContext.Current;
        SetSynchronizationContext(this);
        try
        {
            while (_queue.TryDequeue(out var item))
            {
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private bool DispatchPending()
    {
        IDispatchableLoader[] loaders;
        lock (_pendingLock)
        {
            if (_pending.Count == 0)
            {
                return false;
            }

            loaders = [.. _pending];
            _pending.Clear();
        }

        var previous = SynchronizationContext.Current;
        SetSynchronizationContext(this);
        try
        {
            foreach (var loader in loaders)
            {
                loader.Dispatch();
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        return true;
    }
}
