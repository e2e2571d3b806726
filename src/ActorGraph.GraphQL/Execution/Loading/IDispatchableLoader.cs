namespace ActorGraph.GraphQL.Execution.Loading;

/// <summary>A data loader as the scheduler sees it: something holding keys that waits to be dispatched.</summary>
internal interface IDispatchableLoader
{
    void Dispatch();
}
