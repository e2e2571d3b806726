using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Storage.Sqlite.Audit;
using ActorGraph.Storage.Sqlite.Database;
using ActorGraph.Storage.Sqlite.Queries;
using ActorGraph.Storage.Sqlite.Reads;
using ActorGraph.Storage.Sqlite.Schema;
using ActorGraph.Storage.Sqlite.Writes;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, migrated on first use. Every call runs in one transaction
/// on a pooled connection, so the store is safe to share between threads and processes.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteDatabase _database;
    private readonly SchemaMigrator _migrator;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    public SqliteGraphStore(SqliteStoreOptions options)
        : this(options, EmbeddedMigrations.All)
    {
    }

    internal SqliteGraphStore(SqliteStoreOptions options, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options);
        _migrator = new SchemaMigrator(_database, migrations);
    }

    /// <summary>A store on the given file with default settings.</summary>
    public static SqliteGraphStore ForFile(string path) => new(new SqliteStoreOptions { Path = path });

    /// <summary>The schema version this build migrates databases to.</summary>
    public static int SchemaVersion => EmbeddedMigrations.All.Count;

    public string FilePath => _database.FilePath;

    /// <summary>
    /// Completes once the checkpoints left to the background have run. A batch of <see cref="Writes.BatchImporter.BackgroundCheckpointRecords"/>
    /// records or more returns as soon as it is committed, and its pages are copied from the WAL into the database file
    /// afterwards; readers see the batch either way. (Such a batch into a store with no actors writes into the file
    /// directly and leaves nothing to copy: see <see cref="Database.DirectLoad"/>.)
    /// </summary>
    public Task WhenCheckpointed => _database.WhenCheckpointed;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                _migrator.Migrate();
                _initialized = true;
            }
        }
        finally
        {
            _initializing.Release();
        }
    }

    public Task<IReadOnlyList<Edge>> GetEdgesAsync(IReadOnlyCollection<string> actorIds, EdgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync<IReadOnlyList<Edge>>(session => EdgeReads.Around(session, actorIds, filter), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Actor>>(session => RecordReads.Actors(session, ids), cancellationToken);

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Relationship>>(session => RecordReads.Relationships(session, ids), cancellationToken);

    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Document>>(session => RecordReads.Documents(session, ids), cancellationToken);

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, Event>>(session => RecordReads.Events(session, ids), cancellationToken);

    public Task<IReadOnlyList<Affiliation>> GetAffiliationsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<Affiliation>>(session => RecordReads.AffiliationsOf(session, actorIds), cancellationToken);

    public Task<Page<Actor>> FindActorsAsync(ActorQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(session => ActorSearch.Find(session, query), cancellationToken);

    public Task<Page<Relationship>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(session => RelationshipSearch.Find(session, query), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsCitingAsync(
        IReadOnlyCollection<string> documentIds, bool includeRetracted, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(
            session => RecordReads.RelationshipsCiting(session, documentIds, includeRetracted), cancellationToken);

    public Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(session => EventSearch.FindEvents(session, query), cancellationToken);

    public Task<Page<Document>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(session => EventSearch.FindDocuments(session, query), cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(StatsReads.Read, cancellationToken);

    public Task<ImportResult> ImportAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(context);
        // The importer checks every reference it writes, so SQLite's own foreign key checks are skipped for it.
        return WriteAsync(
            session => BatchImporter.Import(session, batch, context), cancellationToken, enforceForeignKeys: false, mayLoadDirectly: BatchImporter.IsLarge(batch));
    }

    public Task ApplyAsync(IReadOnlyList<GraphChange> changes, ChangeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(context);
        return WriteAsync(
            session =>
            {
                ChangeApplier.Apply(session, changes, context);
                return changes.Count;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(DateTimeOffset? since, string? actorId, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ChangeRecord>>(session => AuditReads.Changes(session, since, actorId, limit), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ChangeRecord>>> GetChangesOfActorsAsync(
        IReadOnlyCollection<string> actorIds, int limitPerActor, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<ChangeRecord>>>(
            session => AuditReads.ChangesOfActors(session, actorIds, limitPerActor), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<SqlSession, T> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return _database.Read(read);
    }

    private async Task<T> WriteAsync<T>(Func<SqlSession, T> write, CancellationToken cancellationToken, bool enforceForeignKeys = true, bool mayLoadDirectly = false)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(write, cancellationToken, enforceForeignKeys, mayLoadDirectly).ConfigureAwait(false);
    }
}
