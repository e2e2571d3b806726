using System.Collections.Concurrent;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Server.Tests.Auth;

public sealed class KeyLoggingTests
{
    [Fact]
    public async Task Keys_never_appear_in_the_logs_whether_accepted_or_refused()
    {
        var sink = new CapturingLoggerProvider();
        await using var app = await TestApp.StartAsync(seed: false, logging: sink);

        await app.GraphQL(Role.Admin).SendAsync("{ viewer { name } }");
        using var refused = app.Client(key: "wrong-key-that-is-long-enough");
        await new GraphQLClient(refused).SendAsync("{ viewer { name } }");

        sink.Lines.Should().NotBeEmpty("the server logs each request");
        sink.Lines.Should().NotContain(line => line.Contains(TestKeys.Admin, StringComparison.Ordinal) || line.Contains("wrong-key-that-is-long-enough", StringComparison.Ordinal));
    }

    /// <summary>Keeps every log line (message and scopes) at every level.</summary>
    public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new List<string>();
                owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
                owner._lines.Enqueue($"{category} {formatter(state, exception)} {exception} {string.Join(" ", scopes)} {state}");
            }
        }
    }
}
