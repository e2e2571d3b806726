using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

public sealed partial class SchemaValidator
{
    private readonly HashSet<string> _visitedInputObjects = new(StringComparer.Ordinal);

    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Report($"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired() && field.IsDeprecated)
            {
                Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedDirective(field.AstNode), field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    // An input object may not reach itself through non-null, non-list fields: no finite value could exist.
    private void ValidateInputObjectCycles(InputObjectType root)
    {
        var path = new List<InputValueDefinition>();
        var pathIndexByType = new Dictionary<string, int>(StringComparer.Ordinal);
        Detect(root);

        void Detect(InputObjectType input)
        {
            if (!_visitedInputObjects.Add(input.Name))
            {
                return;
            }

            pathIndexByType[input.Name] = path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                path.Add(field);
                if (!pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        [.. cycle.Select(f => (Node?)f.AstNode)]);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndexByType.Remove(input.Name);
        }
    }
}
