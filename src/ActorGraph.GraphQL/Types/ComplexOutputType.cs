using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

/// <summary>An object or interface type: a type with fields that may implement interfaces.</summary>
public abstract class ComplexOutputType : NamedType
{
    private readonly Lazy<(IReadOnlyList<FieldDefinition> List, Dictionary<string, FieldDefinition> ByName)> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    private protected ComplexOutputType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces,
        string? description,
        TypeDefinitionNode? astNode,
        IReadOnlyList<TypeExtensionNode>? extensionAstNodes)
        : base(name, description, astNode, extensionAstNodes)
    {
        _fields = new(() => IndexFields(fields()));
        _interfaces = new(() => interfaces?.Invoke().ToArray() ?? []);
    }

    /// <summary>The fields in definition order (extensions after the definition).</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields.Value.List;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    public FieldDefinition? GetField(string name) => _fields.Value.ByName.GetValueOrDefault(name);

    private static (IReadOnlyList<FieldDefinition>, Dictionary<string, FieldDefinition>) IndexFields(IEnumerable<FieldDefinition> fields)
    {
        var list = fields.ToArray();
        var byName = new Dictionary<string, FieldDefinition>(list.Length, StringComparer.Ordinal);
        foreach (var field in list)
        {
            byName.TryAdd(field.Name, field);
        }

        return (list, byName);
    }
}

public sealed class ObjectType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null,
    TypeDefinitionNode? astNode = null,
    IReadOnlyList<TypeExtensionNode>? extensionAstNodes = null)
    : ComplexOutputType(name, fields, interfaces, description, astNode, extensionAstNodes)
{
    public ObjectType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;
}

public sealed class InterfaceType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null,
    TypeDefinitionNode? astNode = null,
    IReadOnlyList<TypeExtensionNode>? extensionAstNodes = null)
    : ComplexOutputType(name, fields, interfaces, description, astNode, extensionAstNodes)
{
    public InterfaceType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null, string? description = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;
}
