namespace ActorGraph.GraphQL.Language;

/// <summary>Base of every immutable AST node.</summary>
public abstract class Node(Location location)
{
    public Location Location { get; } = location;

    public abstract NodeKind Kind { get; }

    /// <summary>The node printed as GraphQL text.</summary>
    public override string ToString() => AstPrinter.Print(this);
}

/// <summary>A name token; kept as a node so errors can point at it.</summary>
public sealed class NameNode(string value, Location location = default) : Node(location)
{
    public string Value { get; } = value;

    public override NodeKind Kind => NodeKind.Name;
}

/// <summary>A node that carries directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
