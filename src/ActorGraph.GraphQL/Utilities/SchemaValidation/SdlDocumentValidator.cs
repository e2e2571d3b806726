using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

/// <summary>
/// The checks graphql-js runs over an SDL document before building a schema from it: one schema
/// definition, unique operation types, type, field, argument, enum value and directive names, known
/// types and directives in valid locations, unique non-repeatable directives, extensions of defined
/// types of the same kind, known and required directive arguments, unique input field names. One pass,
/// with the rules applied at each node in graphql-js's order so errors come in the same order.
/// </summary>
public sealed partial class SdlDocumentValidator : AstWalker
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveShape> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _directiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _operationTypes = [];
    private readonly Dictionary<string, Dictionary<string, NameNode>> _fieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _enumValueNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Stack<Dictionary<string, NameNode>> _inputFieldNames = new();
    private int _schemaDefinitions;

    private SdlDocumentValidator(DocumentNode document)
    {
        foreach (var directive in BuiltInDirectives.All)
        {
            _directives[directive.Name] = new DirectiveShape(
                directive.Locations,
                directive.Arguments.Select(a => a.Name).ToList(),
                directive.Arguments.Where(a => a.IsRequired()).Select(a => (a.Name, a.Type.ToString())).ToList(),
                directive.IsRepeatable);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _definedTypes[type.Name.Value] = type;
                    break;
                case DirectiveDefinitionNode directive:
                    _directives[directive.Name.Value] = new DirectiveShape(
                        directive.Locations.Select(l => DirectiveLocations.TryParse(l.Value, out var location) ? location : default).ToList(),
                        directive.Arguments.Select(a => a.Name.Value).ToList(),
                        directive.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                            .Select(a => (a.Name.Value, AstPrinter.Print(a.Type))).ToList(),
                        directive.Repeatable);
                    break;
            }
        }
    }

    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        var validator = new SdlDocumentValidator(document);
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                validator.Report("A schema document must contain only type-system definitions and extensions.", definition);
            }
        }

        if (validator._errors.Count == 0)
        {
            validator.Walk(document);
        }

        return validator._errors;
    }

    protected override bool Enter(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                if (_schemaDefinitions++ > 0)
                {
                    Report("Must provide only one schema definition.", schema);
                }

                CheckOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode extension:
                CheckOperationTypes(extension.OperationTypes);
                break;
            case TypeDefinitionNode type:
                CheckTypeName(type);
                CheckMemberNames(type);
                break;
            case TypeExtensionNode extension:
                CheckMemberNames(extension);
                break;
            case DirectiveDefinitionNode directive:
                CheckArgumentDefinitions("@" + directive.Name.Value, directive.Arguments);
                CheckDirectiveName(directive);
                break;
            case NamedTypeNode namedType:
                CheckKnownType(namedType);
                break;
            case DirectiveNode directive:
                CheckKnownDirective(directive);
                CheckKnownArguments(directive);
                CheckUniqueArguments(directive.Arguments);
                break;
            case ObjectValueNode:
                _inputFieldNames.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                break;
            case ObjectFieldNode field:
                CheckInputFieldName(field);
                break;
        }

        if (node is IHasDirectives withDirectives)
        {
            CheckDirectivesUniqueHere(node, withDirectives.Directives);
        }

        if (node is TypeExtensionNode typeExtension)
        {
            CheckExtensionTarget(typeExtension);
        }

        return true;
    }

    protected override void Leave(Node node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _inputFieldNames.Pop();
                break;
            case DirectiveNode directive:
                CheckRequiredArguments(directive);
                break;
        }
    }

    private void Report(string message, params Node[] nodes) =>
        _errors.Add(new GraphQLError(message, nodes, ErrorCodes.InvalidSchema));

    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (_operationTypes.TryGetValue(operationType.Operation, out var existing))
            {
                Report($"There can be only one {AstPrinter.OperationName(operationType.Operation)} type in schema.", existing, operationType);
            }
            else
            {
                _operationTypes[operationType.Operation] = operationType;
            }
        }
    }

    private void CheckTypeName(TypeDefinitionNode type)
    {
        var name = type.Name.Value;
        if (_typeNames.TryGetValue(name, out var existing))
        {
            Report($"There can be only one type named \"{name}\".", existing, type.Name);
        }
        else
        {
            _typeNames[name] = type.Name;
        }
    }

    private void CheckDirectiveName(DirectiveDefinitionNode directive)
    {
        var name = directive.Name.Value;
        if (_directiveNames.TryGetValue(name, out var existing))
        {
            Report($"There can be only one directive named \"@{name}\".", existing, directive.Name);
        }
        else
        {
            _directiveNames[name] = directive.Name;
        }
    }

    private void CheckKnownType(NamedTypeNode namedType)
    {
        var name = namedType.Name.Value;
        if (!_definedTypes.ContainsKey(name) && !BuiltInScalars.IsBuiltIn(name) && !IntrospectionTypes.IsIntrospectionTypeName(name))
        {
            Report($"Unknown type \"{name}\".", namedType);
        }
    }

    private sealed record DirectiveShape(
        IReadOnlyList<DirectiveLocation> Locations,
        IReadOnlyList<string> ArgumentNames,
        IReadOnlyList<(string Name, string Type)> RequiredArguments,
        bool IsRepeatable);
}
