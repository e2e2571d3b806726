using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace ActorGraph.Benchmarks.GraphQLHttp;

/// <summary>Throughput and latency of one server under a fixed number of connections.</summary>
internal sealed record LoadResult(long Requests, long Failures, double RequestsPerSecond, double MedianMs, double P99Ms);

/// <summary>
/// A closed-loop HTTP load generator: N connections, each sending the same POST as soon as the previous
/// answer arrived, for a fixed duration after a warm-up.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri url, byte[] body, int connections, TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        await Phase(client, url, body, connections, warmUp, cancellationToken);
        var perWorker = await Phase(client, url, body, connections, duration, cancellationToken);

        var latencies = perWorker.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        var failures = perWorker.Sum(w => w.Failures);
        return new LoadResult(
            latencies.Length,
            failures,
            latencies.Length / duration.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99));
    }

    private static async Task<Worker[]> Phase(HttpClient client, Uri url, byte[] body, int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(_ => new Worker()).ToArray();
        await Task.WhenAll(workers.Select(w => w.RunAsync(client, url, body, stopAt, cancellationToken)));
        return workers;
    }

    private static double Percentile(long[] sortedTicks, double fraction)
    {
        if (sortedTicks.Length == 0)
        {
            return double.NaN;
        }

        var index = Math.Min(sortedTicks.Length - 1, (int)Math.Ceiling(fraction * sortedTicks.Length) - 1);
        return sortedTicks[Math.Max(0, index)] * 1000.0 / Stopwatch.Frequency;
    }

    private sealed class Worker
    {
        public List<long> Latencies { get; } = new(capacity: 1 << 16);

        public long Failures { get; private set; }

        public async Task RunAsync(HttpClient client, Uri url, byte[] body, long stopAt, CancellationToken cancellationToken)
        {
            var contentType = new MediaTypeHeaderValue("application/json");
            while (Stopwatch.GetTimestamp() < stopAt && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = contentType;
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Failures++;
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Failures++;
                    continue;
                }

                Latencies.Add(Stopwatch.GetTimestamp() - started);
            }
        }
    }
}
