namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>The application's serialise and parse hooks of one custom scalar.</summary>
internal sealed record ScalarHooks(Func<object, object?> Serialize, Func<object?, object?> Parse);
