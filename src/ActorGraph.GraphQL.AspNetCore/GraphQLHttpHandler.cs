using System.Text.Json;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ActorGraph.GraphQL.AspNetCore;

/// <summary>The GraphQL-over-HTTP endpoint: reads the request, negotiates the media type, executes, answers with the right status.</summary>
internal sealed class GraphQLHttpHandler(GraphQLExecutor executor, IOptions<GraphQLServerOptions> options)
{
    private readonly GraphQLServerOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!(isGet && _options.AllowGet) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = _options.AllowGet ? "GET, POST" : "POST";
            await RefuseAsync(http, MediaTypes.Json, StatusCodes.Status405MethodNotAllowed, $"The method {http.Request.Method} is not allowed.");
            return;
        }

        var mediaType = AcceptNegotiation.Choose(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await RefuseAsync(http, MediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"The response can only be {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var read = isGet
            ? HttpRequestReader.ReadGet(http.Request, _options.MaxRequestBytes)
            : await HttpRequestReader.ReadPostAsync(http.Request, _options.MaxRequestBytes);
        if (read.Request is null)
        {
            await RefuseAsync(http, mediaType, read.StatusCode, read.Message!);
            return;
        }

        var context = new GraphQLRequestContext
        {
            Services = http.RequestServices,
            User = http.User,
            QueriesOnly = isGet,
        };

        ExecutionResult result;
        try
        {
            if (_options.OnRequest is { } intercept)
            {
                await intercept(http, context);
            }

            result = await executor.ExecuteAsync(read.Request, context, http.RequestAborted);
        }
        catch (GraphQLRequestException refusal)
        {
            result = ExecutionResult.RequestError(KindOf(refusal), refusal);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await WriteAsync(http, mediaType, StatusOf(result, mediaType, http.Response.Headers), result);
    }

    private static ExecutionResultKind KindOf(GraphQLRequestException refusal) => refusal.Code switch
    {
        ExecutionErrorCodes.Unauthenticated => ExecutionResultKind.Unauthenticated,
        ExecutionErrorCodes.Forbidden => ExecutionResultKind.Forbidden,
        _ => ExecutionResultKind.BadRequest,
    };

    private static int StatusOf(ExecutionResult result, string mediaType, IHeaderDictionary headers)
    {
        var legacy = mediaType == MediaTypes.Json;
        switch (result.Kind)
        {
            case ExecutionResultKind.Executed:
                return StatusCodes.Status200OK;
            case ExecutionResultKind.BadRequest:
                return StatusCodes.Status400BadRequest;
            case ExecutionResultKind.OperationNotAllowed:
                headers.Allow = "POST";
                return StatusCodes.Status405MethodNotAllowed;
            case ExecutionResultKind.Unauthenticated:
                headers.WWWAuthenticate = "Bearer";
                return StatusCodes.Status401Unauthorized;
            case ExecutionResultKind.Forbidden:
                return StatusCodes.Status403Forbidden;
            case ExecutionResultKind.Timeout:
                return legacy ? StatusCodes.Status200OK : StatusCodes.Status504GatewayTimeout;
            default:
                return legacy ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }
    }

    private static Task RefuseAsync(HttpContext http, string mediaType, int statusCode, string message) =>
        WriteAsync(http, mediaType, statusCode,
            ExecutionResult.RequestError(ExecutionResultKind.BadRequest, new GraphQLError(message, code: ErrorCodes.BadUserInput)));

    private static async Task WriteAsync(HttpContext http, string mediaType, int statusCode, ExecutionResult result)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, ExecutionResult.JsonWriterOptions))
        {
            result.WriteTo(writer);
        }

        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
