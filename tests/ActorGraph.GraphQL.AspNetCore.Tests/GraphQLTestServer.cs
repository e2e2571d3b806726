using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using System.Security.Claims;
using ActorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorGraph.GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 (a free port) serving a small schema at /graphql.</summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          whoami: String
          slow(ms: Int!): String!
          boom: String
          forbidden: String
        }

        type Mutation {
          touch: Int!
        }
        """;

    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
        Client = new HttpClient { BaseAddress = url };
    }

    public Uri Url { get; }

    public HttpClient Client { get; }

    public static async Task<GraphQLTestServer> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddGraphQL(_ => BuildSchema(), options =>
        {
            options.OnRequest = (http, request) =>
            {
                if (http.Request.Headers.TryGetValue("X-User", out var user))
                {
                    request.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], "test"));
                }

                return ValueTask.CompletedTask;
            };
            configure?.Invoke(options);
        });
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraphQLTestServer(app, new Uri(new Uri(address), "/graphql"));
    }

    private static ExecutableSchema BuildSchema() =>
        new ExecutableSchemaBuilder(Sdl)
            .Resolve("Query.hello", ctx => "Hello, " + ctx.Argument<string>("name") + "!")
            .Resolve("Query.whoami", ctx => ctx.User.Identity?.Name)
            .ResolveAsync("Query.slow", async ctx =>
            {
                await Task.Delay(ctx.Argument<int>("ms"), ctx.CancellationToken);
                return "done";
            })
            .Resolve("Query.boom", _ => throw new InvalidOperationException("connection string: Password=hunter2"))
            .Resolve("Query.forbidden", _ => throw GraphQLRequestException.Forbidden("Analysts only."))
            .Resolve("Mutation.touch", _ => 1)
            .Build();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
