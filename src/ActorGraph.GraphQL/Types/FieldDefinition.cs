using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    private readonly Dictionary<string, InputValueDefinition> _argumentsByName;

    public FieldDefinition(
        string name,
        GraphQLType type,
        IEnumerable<InputValueDefinition>? arguments = null,
        string? description = null,
        string? deprecationReason = null,
        FieldDefinitionNode? astNode = null)
    {
        Name = name;
        Type = type;
        Arguments = arguments?.ToArray() ?? [];
        Description = description;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
        _argumentsByName = new Dictionary<string, InputValueDefinition>(Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            _argumentsByName.TryAdd(argument.Name, argument);
        }
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public FieldDefinitionNode? AstNode { get; }

    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    public override string ToString() => Name + ": " + Type;
}
