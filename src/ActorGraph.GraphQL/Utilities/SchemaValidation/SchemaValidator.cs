using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

/// <summary>
/// The type-system rules of the specification, checked over a built schema: root types, names, fields and
/// arguments of the right kinds, interface implementation, union members, enum values, input objects
/// (including OneOf rules and non-null cycles) and directive definitions. Messages follow graphql-js.
/// </summary>
public sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly AssemblyProblems _problems;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(Schema schema, AssemblyProblems problems)
    {
        _schema = schema;
        _problems = problems;
    }

    public static IReadOnlyList<GraphQLError> Validate(Schema schema) => Validate(schema, new AssemblyProblems());

    internal static IReadOnlyList<GraphQLError> Validate(Schema schema, AssemblyProblems problems)
    {
        var validator = new SchemaValidator(schema, problems);
        validator._errors.AddRange(schema.ConstructionErrors);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params Node?[] nodes) =>
        _errors.Add(new GraphQLError(message, nodes.OfType<Node>().ToList(), ErrorCodes.InvalidSchema));

    private void ValidateRootTypes()
    {
        var invalidQuery = _problems.InvalidRoots.Any(r => r.Operation == OperationType.Query);
        if (_schema.QueryType is null && !invalidQuery)
        {
            Report("Query root type must be provided.", _schema.AstNode);
        }

        foreach (var (operation, type, location) in _problems.InvalidRoots)
        {
            var message = operation switch
            {
                OperationType.Query => $"Query root type must be Object type, it cannot be {type.Name}.",
                OperationType.Mutation => $"Mutation root type must be Object type if provided, it cannot be {type.Name}.",
                _ => $"Subscription root type must be Object type if provided, it cannot be {type.Name}.",
            };
            Report(message, location);
        }

        var roots = new[] { ("query", _schema.QueryType), ("mutation", _schema.MutationType), ("subscription", _schema.SubscriptionType) }
            .Where(r => r.Item2 is not null)
            .GroupBy(r => r.Item2!.Name);
        foreach (var group in roots.Where(g => g.Count() > 1))
        {
            var operations = group.Select(g => g.Item1).ToList();
            var list = string.Join(", ", operations.Take(operations.Count - 1)) + " and " + operations[^1];
            Report($"All root types must be different, \"{group.Key}\" type is used as {list} root types.", _schema.AstNode);
        }
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private void ValidateTypes()
    {
        foreach (var type in _schema.Types)
        {
            if (!IntrospectionTypes.All.Contains(type))
            {
                ValidateName(type.Name, type.AstNode);
            }

            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    ValidateInputObjectCycles(input);
                    break;
            }
        }
    }

    private void ValidateName(string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private void ValidateFields(ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0 && union.AstNode is UnionTypeDefinitionNode definition
            && definition.Types.Count + union.ExtensionAstNodes.OfType<UnionTypeExtensionNode>().Sum(e => e.Types.Count) == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }
        else if (union.Types.Count == 0 && union.AstNode is null)
        {
            Report($"Union type {union.Name} must define one or more member types.");
        }

        foreach (var (_, node, type) in _problems.InvalidReferences.Where(r => r.OwnerName == union.Name))
        {
            Report($"Union type {union.Name} can only include Object types, it cannot include {type.Name}.", node);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", [.. UnionMemberNodes(union, member.Name)]);
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode);
        }
    }

    private static DirectiveNode? DeprecatedDirective(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated.Name);

    private static IEnumerable<Node> UnionMemberNodes(UnionType union, string memberName) =>
        new Node?[] { union.AstNode }.Concat(union.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                UnionTypeDefinitionNode d => d.Types,
                UnionTypeExtensionNode e => e.Types,
                _ => [],
            })
            .Where(t => t.Name.Value == memberName);
}
