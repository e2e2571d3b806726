using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Loaders;

/// <summary>Documents by key, many per store call.</summary>
public sealed class DocumentLoader(IGraphStore store) : DataLoader<string, Document>
{
    protected override Task<IReadOnlyDictionary<string, Document>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.GetDocumentsAsync(keys, cancellationToken);
}
