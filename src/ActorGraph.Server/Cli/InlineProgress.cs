namespace ActorGraph.Server.Cli;

/// <summary>Reports progress on the caller's thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
