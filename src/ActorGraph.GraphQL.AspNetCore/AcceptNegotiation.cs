using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ActorGraph.GraphQL.AspNetCore;

/// <summary>Chooses the response media type from the Accept header (GraphQL over HTTP, "Accept" and "Legacy watershed").</summary>
internal static class AcceptNegotiation
{
    /// <summary>The media type to answer with, or null when the client accepts neither.</summary>
    public static string? Choose(StringValues acceptHeader)
    {
        if (StringValues.IsNullOrEmpty(acceptHeader) || !MediaTypeHeaderValue.TryParseList(acceptHeader, out var ranges))
        {
            return MediaTypes.Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var candidate = Match(range);
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            var better = quality > bestQuality
                || (quality == bestQuality && candidate == MediaTypes.GraphQLResponse && best != MediaTypes.GraphQLResponse);
            if (better)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        if (range.Charset.HasValue && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var type = range.MediaType.Value ?? string.Empty;
        return type.ToLowerInvariant() switch
        {
            MediaTypes.GraphQLResponse => MediaTypes.GraphQLResponse,
            MediaTypes.Json => MediaTypes.Json,
            "*/*" or "application/*" => MediaTypes.Json,
            _ => null,
        };
    }
}
