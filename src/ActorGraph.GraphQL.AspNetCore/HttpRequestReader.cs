using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using ActorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ActorGraph.GraphQL.AspNetCore;

/// <summary>Reads a GraphQL request from a POST body or a GET query string, or says which status code refuses it.</summary>
internal static class HttpRequestReader
{
    public static async Task<HttpReadResult> ReadPostAsync(HttpRequest request, long maxBytes)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return HttpReadResult.Refused(StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json (UTF-8).");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var body = await ReadBodyAsync(request.BodyReader, maxBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        if (body.Value.IsEmpty)
        {
            return HttpReadResult.Refused(StatusCodes.Status400BadRequest, "The request body is empty.");
        }

        try
        {
            using var document = JsonDocument.Parse(body.Value);
            return HttpReadResult.Read(GraphQLRequest.FromJson(document.RootElement));
        }
        catch (JsonException)
        {
            return HttpReadResult.Refused(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }
        catch (FormatException e)
        {
            return HttpReadResult.Refused(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    public static HttpReadResult ReadGet(HttpRequest request, long maxBytes)
    {
        if (request.QueryString.Value?.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var parameters = request.Query;
        try
        {
            return HttpReadResult.Read(new GraphQLRequest
            {
                Query = Single(parameters, "query"),
                OperationName = Single(parameters, "operationName"),
                Variables = JsonObject(Single(parameters, "variables"), "variables"),
                Extensions = JsonObject(Single(parameters, "extensions"), "extensions"),
            });
        }
        catch (FormatException e)
        {
            return HttpReadResult.Refused(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static HttpReadResult TooLarge(long maxBytes) =>
        HttpReadResult.Refused(StatusCodes.Status413PayloadTooLarge, $"The request is larger than the limit of {maxBytes} bytes.");

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => string.IsNullOrEmpty(values[0]) ? null : values[0],
            _ => throw new FormatException($"The parameter \"{name}\" is given more than once."),
        };
    }

    private static IReadOnlyDictionary<string, object?>? JsonObject(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)ActorGraph.GraphQL.Utilities.JsonValues.ToClr(document.RootElement)!,
                _ => throw new FormatException($"The parameter \"{name}\" must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw new FormatException($"The parameter \"{name}\" is not valid JSON.");
        }
    }

    /// <summary>The whole body, or null when it exceeds <paramref name="maxBytes"/>.</summary>
    private static async Task<ReadOnlySequence<byte>?> ReadBodyAsync(PipeReader reader, long maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > maxBytes)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                // The buffer stays valid until the next AdvanceTo; copy so the reader can be released.
                var copy = new ReadOnlySequence<byte>(read.Buffer.ToArray());
                reader.AdvanceTo(read.Buffer.End);
                return copy;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }
}

/// <summary>Either a request to execute or the status code and message refusing it.</summary>
internal readonly record struct HttpReadResult(GraphQLRequest? Request, int StatusCode, string? Message)
{
    public static HttpReadResult Read(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null);

    public static HttpReadResult Refused(int statusCode, string message) => new(null, statusCode, message);
}
