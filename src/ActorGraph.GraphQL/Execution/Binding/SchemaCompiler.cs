using ActorGraph.GraphQL.Execution.Coercion;
using ActorGraph.GraphQL.Execution.Engine;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Types.Introspection;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Turns the schema model and the registrations of an <see cref="ExecutableSchemaBuilder"/> into the executor's
/// bindings, collecting every mismatch (field without resolver, registration naming nothing) before failing.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly Schema _schema;
    private readonly ExecutableSchemaBuilder _registrations;
    private readonly List<string> _problems;
    private readonly Dictionary<string, ObjectBinding> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AbstractOutput> _abstracts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LeafOutput> _leaves = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedResolvers = new(StringComparer.Ordinal);

    private SchemaCompiler(Schema schema, ExecutableSchemaBuilder registrations, List<string> problems)
    {
        _schema = schema;
        _registrations = registrations;
        _problems = problems;
    }

    public static ExecutableSchema Compile(string sdl, ExecutableSchemaBuilder registrations, IReadOnlyList<string> registrationProblems)
    {
        var scalars = registrations.Scalars.ToDictionary(s => s.Key, s => ScalarCoercions.From(s.Key, s.Value), StringComparer.Ordinal);
        var schema = SchemaBuilder.FromSdl(sdl, new SchemaBuilderOptions { Scalars = scalars });
        return new SchemaCompiler(schema, registrations, [.. registrationProblems]).Compile();
    }

    private ExecutableSchema Compile()
    {
        foreach (var type in _schema.Types.OfType<ObjectType>())
        {
            _objects[type.Name] = new ObjectBinding(type.Name);
        }

        foreach (var type in _schema.Types)
        {
            switch (type)
            {
                case ObjectType objectType:
                    BindObject(objectType);
                    break;
                case InterfaceType or UnionType:
                    BindAbstract(type);
                    break;
            }
        }

        CheckRegistrationsNameSomething();
        if (_schema.QueryType is null)
        {
            _problems.Add("The schema has no query type.");
        }

        if (_problems.Count > 0)
        {
            throw new SchemaBindingException(_problems);
        }

        var query = _objects[_schema.QueryType!.Name];
        AddMetaFields(query);
        return new ExecutableSchema(
            _schema,
            query,
            _schema.MutationType is { } mutation ? _objects[mutation.Name] : null,
            FieldOutputs(),
            _registrations.LoaderFactories,
            (operation, inputs) => VariableValues.Coerce(_schema, operation, inputs));
    }

    private void BindObject(ObjectType type)
    {
        var binding = _objects[type.Name];
        binding.SatisfiedConditions.Add(type.Name);
        foreach (var iface in type.Interfaces)
        {
            binding.SatisfiedConditions.Add(iface.Name);
        }

        foreach (var union in _schema.Types.OfType<UnionType>().Where(u => u.Types.Any(t => t.Name == type.Name)))
        {
            binding.SatisfiedConditions.Add(union.Name);
        }

        var clrType = _registrations.BoundTypes.GetValueOrDefault(type.Name);
        foreach (var field in type.Fields)
        {
            var fieldBinding = new FieldBinding(type.Name, field.Name, Output(field.Type));
            if (field.Arguments.Count > 0)
            {
                var arguments = field.Arguments;
                fieldBinding.CoerceArguments = (node, variables) => ArgumentValues.Coerce(arguments, node.Arguments, node, variables);
            }

            BindResolver(type, field, clrType, fieldBinding);
            binding.Fields[field.Name] = fieldBinding;
        }
    }

    private void BindResolver(ObjectType type, FieldDefinition field, Type? clrType, FieldBinding binding)
    {
        var coordinate = type.Name + "." + field.Name;
        if (type.IsIntrospectionType)
        {
            var schema = _schema;
            var name = field.Name;
            binding.Resolve = context => new ValueTask<object?>(IntrospectionResolver.Resolve(schema, context.ParentValue!, name, context.Arguments));
        }
        else if (_registrations.Resolvers.TryGetValue(coordinate, out var resolver))
        {
            _usedResolvers.Add(coordinate);
            binding.Resolve = resolver;
        }
        else if (clrType is not null && ClrMemberReader.TryCreate(clrType, field.Name) is { } read)
        {
            binding.Read = read;
        }
        else
        {
            _problems.Add(clrType is null
                ? $"{coordinate} has no resolver."
                : $"{coordinate} has no resolver, and {clrType.Name} (bound to {type.Name}) has no property or method named {field.Name}.");
        }
    }

    private void BindAbstract(NamedType type)
    {
        var output = AbstractOf(type);
        var possible = _schema.GetPossibleTypes(type);
        foreach (var objectType in possible)
        {
            output.PossibleTypes[objectType.Name] = _objects[objectType.Name];
        }

        if (type.IsIntrospectionType)
        {
            return;
        }

        if (_registrations.TypeResolvers.TryGetValue(type.Name, out var resolver))
        {
            output.ResolveType = resolver;
            return;
        }

        var byClrType = possible
            .Where(t => _registrations.BoundTypes.ContainsKey(t.Name))
            .ToDictionary(t => _registrations.BoundTypes[t.Name], t => t.Name);
        if (byClrType.Count < possible.Count)
        {
            _problems.Add($"{type.Name} has no type resolver (ResolveType), and not all of its object types are bound to CLR types: "
                + string.Join(", ", possible.Where(t => !_registrations.BoundTypes.ContainsKey(t.Name)).Select(t => t.Name)) + ".");
        }

        output.ResolveType = (value, _) => byClrType.GetValueOrDefault(value.GetType())
            ?? byClrType.FirstOrDefault(pair => pair.Key.IsInstanceOfType(value)).Value;
    }

    private void AddMetaFields(ObjectBinding query)
    {
        var schema = _schema;
        query.Fields[IntrospectionTypes.SchemaField.Name] = new FieldBinding(query.Name, IntrospectionTypes.SchemaField.Name, Output(IntrospectionTypes.SchemaField.Type))
        {
            Read = _ => schema,
        };
        var typeField = IntrospectionTypes.TypeField;
        query.Fields[typeField.Name] = new FieldBinding(query.Name, typeField.Name, Output(typeField.Type))
        {
            CoerceArguments = (node, variables) => ArgumentValues.Coerce(typeField.Arguments, node.Arguments, node, variables),
            Resolve = context => new ValueTask<object?>(IntrospectionResolver.ResolveTypeByName(schema, (string)context.Arguments["name"]!)),
        };
    }

    private void CheckRegistrationsNameSomething()
    {
        foreach (var coordinate in _registrations.Resolvers.Keys.Where(c => !_usedResolvers.Contains(c)))
        {
            var typeName = coordinate.Split('.')[0];
            _problems.Add(_schema.GetType(typeName) is ObjectType
                ? $"The resolver {coordinate} names no field of {typeName}."
                : $"The resolver {coordinate} names no object type of the schema.");
        }

        foreach (var typeName in _registrations.BoundTypes.Keys.Where(n => _schema.GetType(n) is not ObjectType))
        {
            _problems.Add($"BindType names {typeName}, which is not an object type of the schema.");
        }

        foreach (var typeName in _registrations.TypeResolvers.Keys.Where(n => _schema.GetType(n) is not (InterfaceType or UnionType)))
        {
            _problems.Add($"The type resolver of {typeName} names no interface or union of the schema.");
        }

        foreach (var name in _registrations.Scalars.Keys.Where(n => _schema.GetType(n) is not ScalarType || BuiltInScalars.IsBuiltIn(n)))
        {
            _problems.Add($"Scalar hooks are given for {name}, which is not a custom scalar of the schema.");
        }
    }

    private OutputType Output(GraphQLType type) => type switch
    {
        NonNullType nonNull => new NonNullOutput(Output(nonNull.OfType)),
        ListType list => new ListOutput(Output(list.OfType)),
        ObjectType objectType => new ObjectOutput(_objects[objectType.Name]),
        InterfaceType or UnionType => AbstractOf((NamedType)type),
        ScalarType scalar => Leaf(scalar.Name, () => LeafSerializers.For(scalar)),
        EnumType enumType => Leaf(enumType.Name, () => LeafSerializers.For(enumType)),
        _ => throw new InvalidOperationException($"{type} is not an output type."),
    };

    private AbstractOutput AbstractOf(NamedType type)
    {
        if (!_abstracts.TryGetValue(type.Name, out var output))
        {
            _abstracts[type.Name] = output = new AbstractOutput(type.Name);
        }

        return output;
    }

    private LeafOutput Leaf(string name, Func<Func<object, object?>> serializer)
    {
        if (!_leaves.TryGetValue(name, out var leaf))
        {
            _leaves[name] = leaf = new LeafOutput(name, serializer());
        }

        return leaf;
    }

    private Dictionary<string, IReadOnlyDictionary<string, OutputType>> FieldOutputs() =>
        _schema.Types.OfType<ComplexOutputType>().ToDictionary(
            t => t.Name,
            t => (IReadOnlyDictionary<string, OutputType>)t.Fields.ToDictionary(f => f.Name, f => Output(f.Type), StringComparer.Ordinal),
            StringComparer.Ordinal);
}
