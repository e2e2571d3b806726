using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

public sealed class DirectiveDefinition
{
    private readonly Dictionary<string, InputValueDefinition> _argumentsByName = new(StringComparer.Ordinal);

    public DirectiveDefinition(
        string name,
        IEnumerable<DirectiveLocation> locations,
        IEnumerable<InputValueDefinition>? arguments = null,
        bool isRepeatable = false,
        string? description = null,
        DirectiveDefinitionNode? astNode = null)
    {
        Name = name;
        Locations = locations.ToArray();
        Arguments = arguments?.ToArray() ?? [];
        IsRepeatable = isRepeatable;
        Description = description;
        AstNode = astNode;
        foreach (var argument in Arguments)
        {
            _argumentsByName.TryAdd(argument.Name, argument);
        }
    }

    public string Name { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public bool IsRepeatable { get; }

    public string? Description { get; }

    public DirectiveDefinitionNode? AstNode { get; }

    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    public override string ToString() => "@" + Name;
}
