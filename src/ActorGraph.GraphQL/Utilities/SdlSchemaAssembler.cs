using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;
using ActorGraph.GraphQL.Utilities.SchemaValidation;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>
/// Turns a checked SDL document into the schema model. References that name a type of the wrong kind
/// (an implemented non-interface, a non-object union member, a non-object root type) cannot be held by
/// the model; they are left out and recorded in <see cref="Problems"/> for the schema validator to report.
/// </summary>
internal sealed class SdlSchemaAssembler
{
    private readonly DocumentNode _document;
    private readonly SchemaBuilderOptions _options;
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly AssemblyProblems _problems = new();

    public SdlSchemaAssembler(DocumentNode document, SchemaBuilderOptions options)
    {
        _document = document;
        _options = options;
    }

    public AssemblyProblems Problems => _problems;

    public Schema Assemble()
    {
        var typeDefinitions = new List<TypeDefinitionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type: typeDefinitions.Add(type); break;
                case TypeExtensionNode extension: ExtensionsOf(extension.Name.Value).Add(extension); break;
                case DirectiveDefinitionNode directive: directiveDefinitions.Add(directive); break;
                case SchemaDefinitionNode schema: schemaDefinition = schema; break;
                case SchemaExtensionNode extension: schemaExtensions.Add(extension); break;
            }
        }

        foreach (var definition in typeDefinitions)
        {
            var name = definition.Name.Value;
            _typeMap[name] = (NamedType?)BuiltInScalars.Find(name) ?? BuildType(definition, ExtensionsOf(name));
        }

        var directives = directiveDefinitions.Select(BuildDirective).ToList();
        foreach (var builtIn in BuiltInDirectives.All)
        {
            if (directives.All(d => d.Name != builtIn.Name))
            {
                directives.Add(builtIn);
            }
        }

        var operationTypes = new[] { schemaDefinition }.OfType<Node>().Concat(schemaExtensions)
            .SelectMany(n => n is SchemaDefinitionNode d ? d.OperationTypes : ((SchemaExtensionNode)n).OperationTypes)
            .ToList();
        var hasSchemaNode = schemaDefinition is not null || schemaExtensions.Count > 0;
        return new Schema(
            RootType(OperationType.Query, "Query", operationTypes, hasSchemaNode),
            RootType(OperationType.Mutation, "Mutation", operationTypes, hasSchemaNode),
            RootType(OperationType.Subscription, "Subscription", operationTypes, hasSchemaNode),
            _typeMap.Values,
            directives,
            schemaDefinition?.Description?.Value,
            schemaDefinition,
            schemaExtensions);
    }

    private List<TypeExtensionNode> ExtensionsOf(string name)
    {
        if (!_extensions.TryGetValue(name, out var list))
        {
            _extensions[name] = list = [];
        }

        return list;
    }

    private ObjectType? RootType(OperationType operation, string defaultName, List<OperationTypeDefinitionNode> operationTypes, bool hasSchemaNode)
    {
        var node = operationTypes.LastOrDefault(o => o.Operation == operation);
        NamedType? type = node is not null ? NamedTypeOf(node.Type)
            : hasSchemaNode ? null
            : _typeMap.GetValueOrDefault(defaultName);
        if (type is null or ObjectType)
        {
            return (ObjectType?)type;
        }

        _problems.InvalidRoots.Add((operation, type, (Node?)node?.Type ?? type.AstNode));
        return null;
    }

    private NamedType BuildType(TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ObjectTypeDefinitionNode obj:
                var objectExtensions = extensions.OfType<ObjectTypeExtensionNode>().ToList();
                return new ObjectType(
                    name,
                    () => obj.Fields.Concat(objectExtensions.SelectMany(e => e.Fields)).Select(BuildField),
                    () => Interfaces(obj, obj.Interfaces.Concat(objectExtensions.SelectMany(e => e.Interfaces))),
                    description,
                    definition,
                    extensions);
            case InterfaceTypeDefinitionNode iface:
                var interfaceExtensions = extensions.OfType<InterfaceTypeExtensionNode>().ToList();
                return new InterfaceType(
                    name,
                    () => iface.Fields.Concat(interfaceExtensions.SelectMany(e => e.Fields)).Select(BuildField),
                    () => Interfaces(iface, iface.Interfaces.Concat(interfaceExtensions.SelectMany(e => e.Interfaces))),
                    description,
                    definition,
                    extensions);
            case UnionTypeDefinitionNode union:
                var unionExtensions = extensions.OfType<UnionTypeExtensionNode>().ToList();
                return new UnionType(
                    name,
                    () => Members(union, union.Types.Concat(unionExtensions.SelectMany(e => e.Types))),
                    description,
                    definition,
                    extensions);
            case EnumTypeDefinitionNode enumType:
                var values = enumType.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                return new EnumType(
                    name,
                    values.Select(v => new EnumValueDefinition(
                        v.Name.Value,
                        description: v.Description?.Value,
                        deprecationReason: BuiltInDirectives.DeprecationReason(v.Directives),
                        astNode: v)),
                    description,
                    definition,
                    extensions);
            case InputObjectTypeDefinitionNode input:
                var inputExtensions = extensions.OfType<InputObjectTypeExtensionNode>().ToList();
                var isOneOf = new IHasDirectives[] { input }.Concat(inputExtensions)
                    .Any(n => n.Directives.Any(d => d.Name.Value == BuiltInDirectives.OneOf.Name));
                return new InputObjectType(
                    name,
                    () => input.Fields.Concat(inputExtensions.SelectMany(e => e.Fields)).Select(BuildInputValue),
                    description,
                    isOneOf,
                    definition,
                    extensions);
            default:
                var scalar = (ScalarTypeDefinitionNode)definition;
                var specifiedBy = new IHasDirectives[] { scalar }.Concat(extensions.OfType<ScalarTypeExtensionNode>())
                    .Select(n => BuiltInDirectives.SpecifiedByUrl(n.Directives))
                    .FirstOrDefault(url => url is not null);
                return new ScalarType(name, description, specifiedBy, _options.Scalars.GetValueOrDefault(name), definition, extensions);
        }
    }

    private IEnumerable<InterfaceType> Interfaces(TypeDefinitionNode owner, IEnumerable<NamedTypeNode> nodes) =>
        KeepValid<InterfaceType>(owner.Name.Value, nodes);

    private IEnumerable<ObjectType> Members(TypeDefinitionNode owner, IEnumerable<NamedTypeNode> nodes) =>
        KeepValid<ObjectType>(owner.Name.Value, nodes);

    private List<T> KeepValid<T>(string ownerName, IEnumerable<NamedTypeNode> nodes)
        where T : NamedType
    {
        var valid = new List<T>();
        foreach (var node in nodes)
        {
            var type = NamedTypeOf(node);
            if (type is T match)
            {
                valid.Add(match);
            }
            else
            {
                _problems.InvalidReferences.Add((ownerName, node, type));
            }
        }

        return valid;
    }

    private FieldDefinition BuildField(FieldDefinitionNode node) => new(
        node.Name.Value,
        TypeOf(node.Type),
        node.Arguments.Select(BuildInputValue),
        node.Description?.Value,
        BuiltInDirectives.DeprecationReason(node.Directives),
        node);

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) => new(
        node.Name.Value,
        TypeOf(node.Type),
        node.Description?.Value,
        node.DefaultValue,
        BuiltInDirectives.DeprecationReason(node.Directives),
        node);

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) => new(
        node.Name.Value,
        node.Locations.Select(l => DirectiveLocations.TryParse(l.Value, out var location) ? location : throw new InvalidOperationException(l.Value)),
        node.Arguments.Select(BuildInputValue),
        node.Repeatable,
        node.Description?.Value,
        node);

    private GraphQLType TypeOf(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
        ListTypeNode list => new ListType(TypeOf(list.Type)),
        _ => NamedTypeOf((NamedTypeNode)node),
    };

    private NamedType NamedTypeOf(NamedTypeNode node)
    {
        var name = node.Name.Value;
        return (NamedType?)BuiltInScalars.Find(name)
            ?? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name)
            ?? _typeMap.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"Unknown type \"{name}\" passed document validation.");
    }
}
