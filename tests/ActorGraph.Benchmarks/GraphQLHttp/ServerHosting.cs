using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Benchmarks.GraphQLHttp;

/// <summary>Starts a server process's app and prints "listening PORT" for the benchmark that launched it.</summary>
internal static class ServerHosting
{
    public static async Task RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Console.WriteLine("listening " + new Uri(address).Port);
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
