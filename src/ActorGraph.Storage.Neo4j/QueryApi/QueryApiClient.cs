using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ActorGraph.Domain.Errors;

namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// A small client of Neo4j's HTTP Query API v2: implicit transactions (<c>POST /db/{db}/query/v2</c>),
/// explicit ones (<c>/query/v2/tx</c>), typed JSON both ways, bookmarks carried from every commit to the next
/// request (read-your-writes on a cluster), and retries with backoff for transient failures only.
/// </summary>
internal sealed class QueryApiClient
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    // Bodies go to Neo4j, never into HTML: keep quotes, '+' and '<' readable instead of \u-escaped.
    private static readonly JsonWriterOptions BodyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly string _databasePath;
    private readonly AuthenticationHeaderValue? _authorization;
    private IReadOnlyList<string> _bookmarks = [];

    public QueryApiClient(HttpClient http, Neo4jStoreOptions options, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        options.Validate();
        _http = http;
        _options = options;
        _delay = delay ?? Task.Delay;
        _databasePath = options.BaseUri!.AbsoluteUri.TrimEnd('/') + "/db/" + Uri.EscapeDataString(options.Database) + "/query/v2";
        _authorization = CreateAuthorization(options);
    }

    /// <summary>The bookmarks of the last transaction this client committed; sent with every new transaction.</summary>
    public IReadOnlyList<string> Bookmarks => Volatile.Read(ref _bookmarks);

    public string ServerDescription => $"{_options.BaseUri} (database '{_options.Database}')";

    /// <summary>Runs one statement in an implicit (auto-commit) transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        RetryAsync(async () => (await SendAsync(HttpMethod.Post, _databasePath, statement, affinity: null, withBookmarks: true, cancellationToken).ConfigureAwait(false)).Result, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it. A transient failure rolls the
    /// whole unit back and runs it again from the start, as the server discards a transaction that failed.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<QueryApiTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        RetryAsync(
            async () =>
            {
                var transaction = new QueryApiTransaction(this, cancellationToken);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(transaction).ConfigureAwait(false);
                    await transaction.CommitAsync().ConfigureAwait(false);
                    return result;
                }
            },
            cancellationToken);

    internal string TransactionPath(string? id) => id is null ? _databasePath + "/tx" : _databasePath + "/tx/" + Uri.EscapeDataString(id);

    internal string ImplicitPath => _databasePath;

    internal async Task<QueryResponse> SendAsync(HttpMethod method, string url, CypherStatement? statement, string? affinity, bool withBookmarks, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(WriteBody(statement, withBookmarks ? Bookmarks : []));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new StoreUnavailableException($"Neo4j is unreachable at {ServerDescription}: {e.Message}. Check Neo4j:BaseUri (ACTORGRAPH_NEO4J_URI) and that the server is running.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"Neo4j at {ServerDescription} did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var parsed = QueryResponse.Parse(response, body);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted && parsed.Error is null)
            {
                return parsed;
            }

            throw Classify(response.StatusCode, parsed.Error);
        }
    }

    internal void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            Volatile.Write(ref _bookmarks, bookmarks);
        }
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        var delay = _options.InitialRetryDelay;
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (Neo4jTransientException) when (tries <= _options.MaxRetries)
            {
                var jittered = TimeSpan.FromTicks((long)(delay.Ticks * (0.8 + (0.4 * Random.Shared.NextDouble()))));
                await _delay(jittered, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
            catch (Neo4jTransientException e)
            {
                throw new StoreUnavailableException($"Neo4j at {ServerDescription} kept failing with {e.Code} after {tries} attempts.", e);
            }
        }
    }

    private Exception Classify(HttpStatusCode status, Neo4jError? error)
    {
        var code = error?.Code ?? $"HTTP {(int)status}";
        var message = error?.Message ?? status.ToString();
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || status == HttpStatusCode.ServiceUnavailable)
        {
            return new Neo4jTransientException(code, message);
        }

        if (status == HttpStatusCode.Unauthorized || code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            return new StoreUnavailableException($"Neo4j at {ServerDescription} refused the credentials ({code}: {message}). Check Neo4j:Username/Password or Neo4j:BearerToken (ACTORGRAPH_NEO4J_USER, _PASSWORD, _TOKEN).");
        }

        if (status == HttpStatusCode.NotFound || code == "Neo.ClientError.Database.DatabaseNotFound")
        {
            return new StoreUnavailableException($"Neo4j at {_options.BaseUri} has no database '{_options.Database}' ({code}: {message}). Check Neo4j:Database (ACTORGRAPH_NEO4J_DATABASE).");
        }

        if (code == "Neo.ClientError.Schema.ConstraintValidationFailed")
        {
            return new ConflictException($"The change breaks a uniqueness rule of the store: {message}");
        }

        if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) || (int)status >= 500)
        {
            return new StoreUnavailableException($"Neo4j at {ServerDescription} failed ({code}: {message}).");
        }

        return new Neo4jQueryException(code, message, (int)status);
    }

    private static byte[] WriteBody(CypherStatement? statement, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, BodyOptions))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement.Text);
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in statement.Parameters)
                {
                    writer.WritePropertyName(name);
                    TypedJson.Write(writer, value);
                }

                writer.WriteEndObject();
            }

            if (bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jStoreOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }

        if (string.IsNullOrEmpty(options.Username))
        {
            return null;
        }

        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Username + ":" + options.Password));
        return new AuthenticationHeaderValue("Basic", credentials);
    }
}
