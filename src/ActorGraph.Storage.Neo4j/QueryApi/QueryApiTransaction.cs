namespace ActorGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// An explicit transaction, opened lazily by its first statement (the open request carries it) and echoing the
/// <c>neo4j-cluster-affinity</c> header on every later request. Disposing it uncommitted rolls it back.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiClient client, CancellationToken cancellationToken) : IAsyncDisposable
{
    private string? _id;
    private string? _affinity;
    private bool _finished;

    /// <summary>A statement to run as the last of the transaction, inside the commit request (the audit trail).</summary>
    public CypherStatement? CommitWith { get; set; }

    public async Task<QueryResult> RunAsync(CypherStatement statement)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            var response = await client.SendAsync(HttpMethod.Post, client.TransactionPath(_id), statement, _affinity, withBookmarks: _id is null, cancellationToken).ConfigureAwait(false);
            if (_id is null)
            {
                _id = response.TransactionId ?? throw new InvalidDataException("Neo4j opened a transaction without answering its id (transaction.id).");
                _affinity = response.Affinity;
            }

            return response.Result;
        }
        catch (Exception e) when (e is Neo4jQueryException or Neo4jTransientException or Domain.Errors.ConflictException || _id is null)
        {
            // The server rolls back and forgets a transaction whose statement failed.
            _finished = true;
            throw;
        }
    }

    /// <summary>Commits; <see cref="CommitWith"/> runs as the transaction's last statement in the commit request.</summary>
    public async Task<QueryResult> CommitAsync()
    {
        var final = CommitWith;
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_id is null)
        {
            if (final is null)
            {
                return QueryResult.Empty;
            }

            // Nothing ran yet: one implicit transaction does the same work in one request.
            var single = await client.SendAsync(HttpMethod.Post, client.ImplicitPath, final, affinity: null, withBookmarks: true, cancellationToken).ConfigureAwait(false);
            client.RememberBookmarks(single.Bookmarks);
            return single.Result;
        }

        var response = await client.SendAsync(HttpMethod.Post, client.TransactionPath(_id) + "/commit", final, _affinity, withBookmarks: false, cancellationToken).ConfigureAwait(false);
        client.RememberBookmarks(response.Bookmarks);
        return response.Result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished || _id is null)
        {
            return;
        }

        _finished = true;
        try
        {
            await client.SendAsync(HttpMethod.Delete, client.TransactionPath(_id), statement: null, _affinity, withBookmarks: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jQueryException or Neo4jTransientException or Domain.Errors.StoreUnavailableException)
        {
            // The server rolls back a transaction it cannot find, or one that idles for 60 s; the original failure matters more.
        }
    }
}
