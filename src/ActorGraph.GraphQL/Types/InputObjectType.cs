using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

public sealed class InputObjectType(
    string name,
    Func<IEnumerable<InputValueDefinition>> fields,
    string? description = null,
    bool isOneOf = false,
    TypeDefinitionNode? astNode = null,
    IReadOnlyList<TypeExtensionNode>? extensionAstNodes = null)
    : NamedType(name, description, astNode, extensionAstNodes)
{
    private readonly Lazy<(IReadOnlyList<InputValueDefinition> List, Dictionary<string, InputValueDefinition> ByName)> _fields = new(() => Index(fields()));

    public InputObjectType(string name, IEnumerable<InputValueDefinition> fields, string? description = null, bool isOneOf = false)
        : this(name, () => fields, description, isOneOf)
    {
    }

    public IReadOnlyList<InputValueDefinition> Fields => _fields.Value.List;

    /// <summary>True for a OneOf input object (<c>@oneOf</c>): exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; } = isOneOf;

    public override TypeKind Kind => TypeKind.InputObject;

    public InputValueDefinition? GetField(string name) => _fields.Value.ByName.GetValueOrDefault(name);

    private static (IReadOnlyList<InputValueDefinition>, Dictionary<string, InputValueDefinition>) Index(IEnumerable<InputValueDefinition> fields)
    {
        var list = fields.ToArray();
        var byName = new Dictionary<string, InputValueDefinition>(list.Length, StringComparer.Ordinal);
        foreach (var field in list)
        {
            byName.TryAdd(field.Name, field);
        }

        return (list, byName);
    }
}
