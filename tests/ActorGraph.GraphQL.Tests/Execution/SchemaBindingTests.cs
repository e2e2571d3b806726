using ActorGraph.GraphQL.Execution;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class SchemaBindingTests
{
    private const string Sdl = """
        type Query { actor(id: ID!): Actor  node: Node }
        interface Node { id: ID! }
        type Actor implements Node { id: ID! name: String! rank: Int }
        type Place implements Node { id: ID! }
        """;

    public sealed record ActorRecord(string Id, string Name);

    public sealed record PlaceRecord(string Id);

    [Fact]
    public void Start_up_lists_every_field_without_resolver_and_every_resolver_naming_nothing()
    {
        var build = () => new ExecutableSchemaBuilder(Sdl)
            .Resolve("Query.actor", _ => null)
            .Resolve("Query.actors", _ => null)
            .Resolve("Agent.name", _ => null)
            .BindType<ActorRecord>("Actor")
            .BindType<PlaceRecord>("Location")
            .Build();

        build.Should().Throw<SchemaBindingException>().Which.Problems.Should().BeEquivalentTo(
            "Query.node has no resolver.",
            "Actor.rank has no resolver, and ActorRecord (bound to Actor) has no property or method named rank.",
            "Place.id has no resolver.",
            "Node has no type resolver (ResolveType), and not all of its object types are bound to CLR types: Place.",
            "The resolver Query.actors names no field of Query.",
            "The resolver Agent.name names no object type of the schema.",
            "BindType names Location, which is not an object type of the schema.");
    }

    [Fact]
    public async Task Bound_types_read_properties_and_resolve_abstract_types()
    {
        var schema = new ExecutableSchemaBuilder(Sdl)
            .Resolve("Query.actor", ctx => new ActorRecord(ctx.Argument<string>("id"), "Qatar"))
            .Resolve("Query.node", _ => new PlaceRecord("doha"))
            .BindType<ActorRecord>("Actor")
            .Resolve("Actor.rank", _ => 1)
            .BindType<PlaceRecord>("Place")
            .Build();

        var json = await Execute.JsonAsync(schema, """{ actor(id: "a1") { id name rank } node { __typename id ... on Place { id } } }""");

        json.Should().Be("""{"data":{"actor":{"id":"a1","name":"Qatar","rank":1},"node":{"__typename":"Place","id":"doha"}}}""");
    }

    [Fact]
    public async Task A_type_resolver_naming_an_impossible_type_gives_a_field_error()
    {
        var schema = new ExecutableSchemaBuilder(Sdl)
            .Resolve("Query.actor", _ => null)
            .Resolve("Query.node", _ => "x")
            .BindType<ActorRecord>("Actor")
            .Resolve("Actor.rank", _ => 1)
            .BindType<PlaceRecord>("Place")
            .ResolveType("Node", (_, _) => "Query")
            .Build();

        var json = await Execute.JsonAsync(schema, "{ node { id } }");

        json.Should().Contain("""Runtime Object type \"Query\" is not a possible type for \"Node\".""");
    }
}
