using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;

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
}
