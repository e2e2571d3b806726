using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution;

/// <summary>
/// What an operation is about to run: its type and the names of the root fields it selects, after fragments,
/// aliases, <c>@skip</c> and <c>@include</c> (CollectFields of the specification), in document order.
/// </summary>
public sealed record OperationPlan(OperationType Operation, IReadOnlyList<string> RootFields);
