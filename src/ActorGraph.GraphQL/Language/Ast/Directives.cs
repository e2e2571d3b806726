namespace ActorGraph.GraphQL.Language;

/// <summary>A directive applied somewhere (<c>@name(args)</c>).</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location = default) : Node(location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public override NodeKind Kind => NodeKind.Directive;
}
