using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Execution.Engine;

/// <summary>An object type ready to execute: its fields with resolvers, and the type conditions it satisfies.</summary>
internal sealed class ObjectBinding(string name)
{
    public string Name { get; } = name;

    public Dictionary<string, FieldBinding> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Itself, its interfaces and the unions it belongs to: the fragment type conditions that apply to it.</summary>
    public HashSet<string> SatisfiedConditions { get; } = new(StringComparer.Ordinal);

    /// <summary>Grouped fields per selection set, cached when the selection has no @skip/@include on variables.</summary>
    internal System.Runtime.CompilerServices.ConditionalWeakTable<SelectionSetNode, CollectedFields> CollectedCache { get; } = new();
}

/// <summary>A field ready to execute.</summary>
internal sealed class FieldBinding(string parentTypeName, string name, OutputType type)
{
    public string ParentTypeName { get; } = parentTypeName;

    public string Name { get; } = name;

    public OutputType Type { get; set; } = type;

    /// <summary>Coerces the field's arguments from the AST and the variables; throws GraphQLError on a bad value.</summary>
    public Func<FieldNode, IReadOnlyDictionary<string, object?>, IReadOnlyDictionary<string, object?>> CoerceArguments { get; set; } = NoArguments;

    public Func<ResolverContext, ValueTask<object?>> Resolve { get; set; } = _ => default;

    /// <summary>A plain read of the parent (a bound CLR member): no context or arguments needed, so the executor calls it directly.</summary>
    public Func<object?, object?>? Read { get; set; }

    public static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static IReadOnlyDictionary<string, object?> NoArguments(FieldNode node, IReadOnlyDictionary<string, object?> variables) => EmptyArguments;
}
