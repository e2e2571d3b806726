using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Server.Tests.Support;

/// <summary>Keeps every log entry (level, category, message, exception and scopes) at every level.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    /// <summary>Each entry as one line of text: category, message, exception, scopes and state.</summary>
    public IReadOnlyCollection<string> Lines => [.. _entries.Select(e => e.Text)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception, string Text);

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
            var message = formatter(state, exception);
            owner._entries.Enqueue(new LogEntry(logLevel, category, message, exception, $"{category} {message} {exception} {string.Join(" ", scopes)} {state}"));
        }
    }
}
