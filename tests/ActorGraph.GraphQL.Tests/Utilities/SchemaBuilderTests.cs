using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Utilities;

public class SchemaBuilderTests
{
    private const string ActorSdl = """
        "The actor graph"
        schema { query: Root mutation: Changes }

        "Something with an id"
        interface Node { id: ID! }

        interface Named implements Node { id: ID! name: String! }

        type Actor implements Node & Named {
          id: ID!
          name: String!
          "Edges, newest first"
          edges(first: Int = 10, kinds: [Kind!] = [MEETS], after: String @deprecated(reason: "use cursor")): [Edge!]!
          legacy: String @deprecated
        }

        type Edge { kind: Kind! target: Actor }

        enum Kind { MEETS MEDIATES @deprecated(reason: "merged") }

        union Result = Actor | Edge

        input Filter @oneOf { name: String id: ID }

        input Range { from: Float = 1.0, to: Float, nested: Range }

        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        directive @cost(weight: Int!) repeatable on FIELD_DEFINITION | OBJECT | SCALAR

        type Root {
          node(id: ID!): Node
          search(filter: Filter!, range: Range): [Result!]!
          today: Date
        }

        type Changes { rename(id: ID!, name: String!): Actor }

        extend type Actor @cost(weight: 1) { born: Date }
        extend enum Kind { PRESSURES }
        extend union Result = Root
        extend input Range { step: Int = 1 }
        extend scalar Date @cost(weight: 2)
        """;

    [Fact]
    public void Builds_every_kind_of_type_with_extensions_descriptions_defaults_and_deprecations()
    {
        var schema = SchemaBuilder.FromSdl(ActorSdl);

        schema.Description.Should().Be("The actor graph");
        schema.QueryType!.Name.Should().Be("Root");
        schema.MutationType!.Name.Should().Be("Changes");
        schema.SubscriptionType.Should().BeNull();

        var actor = (ObjectType)schema.GetType("Actor")!;
        actor.Interfaces.Select(i => i.Name).Should().Equal("Node", "Named");
        actor.Fields.Select(f => f.Name).Should().Equal("id", "name", "edges", "legacy", "born");
        var edges = actor.GetField("edges")!;
        edges.Description.Should().Be("Edges, newest first");
        edges.Type.ToString().Should().Be("[Edge!]!");
        edges.GetArgument("first")!.DefaultValue.Should().Be(10);
        edges.GetArgument("kinds")!.DefaultValue.Should().BeEquivalentTo(new List<object?> { "MEETS" });
        edges.GetArgument("after")!.DeprecationReason.Should().Be("use cursor");
        actor.GetField("legacy")!.DeprecationReason.Should().Be(BuiltInDirectives.DefaultDeprecationReason);

        var kind = (EnumType)schema.GetType("Kind")!;
        kind.Values.Select(v => v.Name).Should().Equal("MEETS", "MEDIATES", "PRESSURES");
        kind.GetValue("MEDIATES")!.DeprecationReason.Should().Be("merged");

        ((UnionType)schema.GetType("Result")!).Types.Select(t => t.Name).Should().Equal("Actor", "Edge", "Root");
        ((InputObjectType)schema.GetType("Filter")!).IsOneOf.Should().BeTrue();
        var range = (InputObjectType)schema.GetType("Range")!;
        range.Fields.Select(f => f.Name).Should().Equal("from", "to", "nested", "step");
        range.GetField("from")!.DefaultValue.Should().Be(1.0);
        ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl.Should().Be("https://tools.ietf.org/html/rfc3339");

        var cost = schema.GetDirective("cost")!;
        cost.IsRepeatable.Should().BeTrue();
        cost.Locations.Should().Equal(DirectiveLocation.FieldDefinition, DirectiveLocation.Object, DirectiveLocation.Scalar);
        schema.Directives.Select(d => d.Name).Should().Equal("cost", "include", "skip", "deprecated", "specifiedBy", "oneOf");
    }

    [Fact]
    public void Knows_possible_types_and_sub_types()
    {
        var schema = SchemaBuilder.FromSdl(ActorSdl);
        var node = (InterfaceType)schema.GetType("Node")!;
        var named = (InterfaceType)schema.GetType("Named")!;
        var actor = (ObjectType)schema.GetType("Actor")!;
        var edge = (ObjectType)schema.GetType("Edge")!;
        var result = (UnionType)schema.GetType("Result")!;

        schema.GetPossibleTypes(node).Should().Equal(actor);
        schema.GetImplementingInterfaces(node).Should().Equal(named);
        schema.IsSubType(node, actor).Should().BeTrue();
        schema.IsSubType(node, named).Should().BeTrue();
        schema.IsSubType(result, edge).Should().BeTrue();
        schema.IsSubType(node, edge).Should().BeFalse();
        TypeHelpers.DoTypesOverlap(schema, node, result).Should().BeTrue();
        TypeHelpers.DoTypesOverlap(schema, edge, node).Should().BeFalse();
        TypeHelpers.IsTypeSubTypeOf(schema, new NonNullType(actor), node).Should().BeTrue();
        TypeHelpers.IsTypeSubTypeOf(schema, node, new NonNullType(node)).Should().BeFalse();
        TypeHelpers.IsTypeSubTypeOf(schema, new ListType(new NonNullType(actor)), new ListType(node)).Should().BeTrue();
    }

    [Fact]
    public void Uses_the_default_root_type_names_without_a_schema_definition()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        (schema.QueryType!.Name, schema.MutationType!.Name, schema.SubscriptionType!.Name).Should().Be(("Query", "Mutation", "Subscription"));
    }

    [Fact]
    public void Collects_types_in_graphql_js_order()
    {
        var schema = SchemaBuilder.FromSdl("type Query { b: B a: Int } type B { s: String } enum Unused { X }");

        schema.Types.Select(t => t.Name).Should().Equal(
            "Query", "Int", "B", "String", "Unused", "Boolean",
            "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation");
    }

    [Fact]
    public void Uses_custom_scalar_hooks_from_the_options()
    {
        var options = new SchemaBuilderOptions
        {
            Scalars = new Dictionary<string, ScalarCoercion>
            {
                ["Date"] = new(v => ((DateOnly)v!).ToString("O", null), v => DateOnly.Parse((string)v!, null), (l, _) => DateOnly.Parse(((StringValueNode)l).Value, null)),
            },
        };

        var date = (ScalarType)SchemaBuilder.FromSdl("scalar Date type Query { d(at: Date = \"2024-01-02\"): Date }", options).GetType("Date")!;

        date.Serialize(new DateOnly(2024, 1, 2)).Should().Be("2024-01-02");
        date.ParseValue("2024-01-02").Should().Be(new DateOnly(2024, 1, 2));
        date.ParseLiteral(new StringValueNode("2024-01-02")).Should().Be(new DateOnly(2024, 1, 2));
    }

    [Fact]
    public void Replaces_a_redefined_built_in_scalar_with_the_built_in_one()
    {
        var schema = SchemaBuilder.FromSdl("scalar String type Query { a: String }");

        schema.GetType("String").Should().BeSameAs(BuiltInScalars.String);
    }

    [Fact]
    public void Reports_syntax_errors_from_the_sdl()
    {
        Assert.Throws<GraphQLSyntaxError>(() => SchemaBuilder.FromSdl("type Query {"));
    }

    [Fact]
    public void Rejects_executable_definitions_in_a_schema_document()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: Int } query { a }"));

        error.Errors.Single().Message.Should().Contain("only type-system definitions");
    }
}
