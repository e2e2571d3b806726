using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types.Introspection;

namespace ActorGraph.GraphQL.Types;

/// <summary>
/// A schema: root operation types, every type reachable from them (plus extra types given), and
/// directives. Types are collected in graphql-js's order so introspection lists them identically.
/// Building a Schema does not validate it; <see cref="Utilities.SchemaValidator"/> does.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<NamedType> _types = [];
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObjectType>> _implementingObjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InterfaceType>> _implementingInterfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _constructionErrors = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null,
        SchemaDefinitionNode? astNode = null,
        IReadOnlyList<SchemaExtensionNode>? extensionAstNodes = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes ?? [];
        Directives = directives?.ToArray() ?? [.. BuiltInDirectives.All];
        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        // graphql-js order: each given type in turn, followed by the types first reached from it that were
        // not given (types given but not yet processed are skipped until their turn).
        var extraTypes = types?.ToArray() ?? [];
        _pending.UnionWith(extraTypes.Select(t => t.Name));
        foreach (var type in extraTypes)
        {
            _pending.Remove(type.Name);
            Collect(type);
        }

        Collect(query);
        Collect(mutation);
        Collect(subscription);
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type);
            }
        }

        Collect(IntrospectionTypes.Schema);
        IndexImplementations();
    }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public string? Description { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    /// <summary>Every named type, in graphql-js's collection order (introspection types included).</summary>
    public IReadOnlyList<NamedType> Types => _types;

    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Problems found while collecting types (two different types with one name), reported by validation.</summary>
    internal IReadOnlyList<GraphQLError> ConstructionErrors => _constructionErrors;

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may be at run time (union members, or objects implementing an interface).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => _implementingObjects.TryGetValue(iface.Name, out var objects) ? objects : [],
        _ => [],
    };

    /// <summary>The interfaces that declare they implement <paramref name="iface"/>.</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType iface) =>
        _implementingInterfaces.TryGetValue(iface.Name, out var interfaces) ? interfaces : [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var subTypes) && subTypes.Contains(maybeSubType.Name);

    private void Collect(GraphQLType? type)
    {
        if (type is null)
        {
            return;
        }

        var named = type.GetNamedType();
        if (_pending.Contains(named.Name))
        {
            return;
        }

        if (_typeMap.TryGetValue(named.Name, out var existing))
        {
            if (!ReferenceEquals(existing, named) && _constructionErrors.All(e => !e.Message.Contains($"\"{named.Name}\"", StringComparison.Ordinal)))
            {
                _constructionErrors.Add(new GraphQLError(
                    $"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\"."));
            }

            return;
        }

        _typeMap.Add(named.Name, named);
        _types.Add(named);
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member);
                }

                break;
            case ComplexOutputType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type);
                }

                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in _types)
        {
            switch (type)
            {
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        Add(_implementingObjects, iface.Name, obj);
                        Add(_subTypes, iface.Name, obj.Name);
                    }

                    break;
                case InterfaceType iface:
                    foreach (var parent in iface.Interfaces)
                    {
                        Add(_implementingInterfaces, parent.Name, iface);
                        Add(_subTypes, parent.Name, iface.Name);
                    }

                    break;
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Add(_subTypes, union.Name, member.Name);
                    }

                    break;
            }
        }
    }

    private static void Add<TCollection, TItem>(Dictionary<string, TCollection> map, string key, TItem item)
        where TCollection : ICollection<TItem>, new()
    {
        if (!map.TryGetValue(key, out var collection))
        {
            map[key] = collection = new TCollection();
        }

        collection.Add(item);
    }
}
