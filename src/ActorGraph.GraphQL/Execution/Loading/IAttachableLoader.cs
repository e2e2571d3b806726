namespace ActorGraph.GraphQL.Execution.Loading;

/// <summary>A loader that takes the request's cancellation token when the request first uses it.</summary>
internal interface IAttachableLoader
{
    void Attach(CancellationToken cancellationToken);
}
