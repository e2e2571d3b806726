namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>The shape of a field's result as the executor completes it (compiled from the schema's output types).</summary>
internal abstract class OutputType
{
    public abstract string Describe();
}

internal sealed class NonNullOutput(OutputType inner) : OutputType
{
    public OutputType Inner { get; } = inner;

    public override string Describe() => Inner.Describe() + "!";
}

internal sealed class ListOutput(OutputType item) : OutputType
{
    public OutputType Item { get; } = item;

    public override string Describe() => "[" + Item.Describe() + "]";
}

/// <summary>A scalar or enum: <see cref="Serialize"/> turns a resolver's value into a JSON-writable value or throws a GraphQLError.</summary>
internal sealed class LeafOutput(string name, Func<object, object?> serialize) : OutputType
{
    public string Name { get; } = name;

    public Func<object, object?> Serialize { get; } = serialize;

    public override string Describe() => Name;
}

internal sealed class ObjectOutput(ObjectBinding type) : OutputType
{
    public ObjectBinding Type { get; } = type;

    public override string Describe() => Type.Name;
}

/// <summary>An interface or union: the runtime object type comes from the type resolver.</summary>
internal sealed class AbstractOutput(string name) : OutputType
{
    public string Name { get; } = name;

    /// <summary>Returns the name of the runtime object type (null when unknown).</summary>
    public Func<object, ResolverContext, string?> ResolveType { get; set; } = (_, _) => null;

    /// <summary>The object types this abstract type may resolve to, by name.</summary>
    public Dictionary<string, ObjectBinding> PossibleTypes { get; } = new(StringComparer.Ordinal);

    public override string Describe() => Name;
}
