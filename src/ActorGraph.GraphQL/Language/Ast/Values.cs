namespace ActorGraph.GraphQL.Language;

/// <summary>An input value literal (or a variable reference).</summary>
public abstract class ValueNode(Location location) : Node(location);

public sealed class VariableNode(NameNode name, Location location = default) : ValueNode(location)
{
    public NameNode Name { get; } = name;

    public override NodeKind Kind => NodeKind.Variable;
}

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode(string value, Location location = default) : ValueNode(location)
{
    public string Value { get; } = value;

    public override NodeKind Kind => NodeKind.IntValue;
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode(string value, Location location = default) : ValueNode(location)
{
    public string Value { get; } = value;

    public override NodeKind Kind => NodeKind.FloatValue;
}

public sealed class StringValueNode(string value, bool block = false, Location location = default) : ValueNode(location)
{
    /// <summary>The string value after escapes (and, for block strings, the dedent algorithm) are applied.</summary>
    public string Value { get; } = value;

    /// <summary>True when written as a block string (<c>"""</c>).</summary>
    public bool Block { get; } = block;

    public override NodeKind Kind => NodeKind.StringValue;
}

public sealed class BooleanValueNode(bool value, Location location = default) : ValueNode(location)
{
    public bool Value { get; } = value;

    public override NodeKind Kind => NodeKind.BooleanValue;
}

public sealed class NullValueNode(Location location = default) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.NullValue;
}

public sealed class EnumValueNode(string value, Location location = default) : ValueNode(location)
{
    public string Value { get; } = value;

    public override NodeKind Kind => NodeKind.EnumValue;
}

public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location = default) : ValueNode(location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values;

    public override NodeKind Kind => NodeKind.ListValue;
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location = default) : ValueNode(location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;

    public override NodeKind Kind => NodeKind.ObjectValue;
}

public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location = default) : Node(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;

    public override NodeKind Kind => NodeKind.ObjectField;
}
