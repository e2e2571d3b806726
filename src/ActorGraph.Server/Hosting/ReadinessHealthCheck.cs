using ActorGraph.Domain.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ActorGraph.Server.Hosting;

/// <summary>Ready when the schema is loaded, the store is initialised and the store answers a query now.</summary>
public sealed class ReadinessHealthCheck(Readiness readiness, IGraphStore store) : IHealthCheck
{
    private const string ProbeId = "readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.SchemaLoaded)
        {
            return HealthCheckResult.Unhealthy("The GraphQL schema is not loaded.");
        }

        if (!readiness.StoreInitialized)
        {
            return HealthCheckResult.Unhealthy("The store is not initialised yet.");
        }

        try
        {
            // A cheap batched read: it reaches the store without counting the whole graph.
            await store.GetActorsAsync([ProbeId], cancellationToken);
            return HealthCheckResult.Healthy("The store answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer: " + e.Message);
        }
    }
}
