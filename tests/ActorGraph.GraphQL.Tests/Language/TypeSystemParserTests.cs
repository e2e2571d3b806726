using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

public class TypeSystemParserTests
{
    [Fact]
    public void Parses_every_definition_and_extension_of_the_kitchen_sink_schema()
    {
        var document = Parser.Parse(Corpus.KitchenSinkSchema);

        document.Definitions.Select(d => d.Kind).Distinct().Should().BeEquivalentTo(new[]
        {
            NodeKind.SchemaDefinition, NodeKind.ObjectTypeDefinition, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeDefinition,
            NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeDefinition, NodeKind.UnionTypeExtension, NodeKind.ScalarTypeDefinition,
            NodeKind.ScalarTypeExtension, NodeKind.EnumTypeDefinition, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeDefinition,
            NodeKind.InputObjectTypeExtension, NodeKind.DirectiveDefinition, NodeKind.SchemaExtension,
        });
    }

    [Fact]
    public void Parses_a_schema_definition_with_description_and_root_types()
    {
        var schema = (SchemaDefinitionNode)Parser.Parse("\"root\" schema @a { query: Q mutation: M subscription: S }").Definitions[0];

        schema.Description!.Value.Should().Be("root");
        schema.Directives.Single().Name.Value.Should().Be("a");
        schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)).Should().Equal(
            (OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S"));
    }

    [Fact]
    public void Parses_an_object_type_with_interfaces_fields_arguments_and_defaults()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("""
            "An actor"
            type Actor implements & Node & Named @key(fields: "id") {
              "The id" id: ID!
              edges(first: Int = 10 @deprecated(reason: "no"), "kinds" kinds: [Kind!]): [Edge]! @cost(weight: 2)
            }
            """).Definitions[0];

        type.Description!.Value.Should().Be("An actor");
        type.Name.Value.Should().Be("Actor");
        type.Interfaces.Select(i => i.Name.Value).Should().Equal("Node", "Named");
        type.Fields[0].Description!.Value.Should().Be("The id");
        var edges = type.Fields[1];
        edges.Arguments.Select(a => a.Name.Value).Should().Equal("first", "kinds");
        edges.Arguments[0].DefaultValue.Should().BeOfType<IntValueNode>().Which.Value.Should().Be("10");
        edges.Arguments[0].Directives.Single().Name.Value.Should().Be("deprecated");
        edges.Arguments[1].Description!.Value.Should().Be("kinds");
        edges.Type.ToString().Should().Be("[Edge]!");
        edges.Directives.Single().Name.Value.Should().Be("cost");
    }

    [Fact]
    public void Parses_unions_enums_inputs_and_scalars()
    {
        var document = Parser.Parse("""
            union U = | A | B
            enum E { ONE @deprecated TWO }
            input I @oneOf { a: Int = 1, b: [String] }
            scalar Date @specifiedBy(url: "https://example.com")
            """);

        document.Definitions[0].As<UnionTypeDefinitionNode>().Types.Select(t => t.Name.Value).Should().Equal("A", "B");
        document.Definitions[1].As<EnumTypeDefinitionNode>().Values.Select(v => v.Name.Value).Should().Equal("ONE", "TWO");
        document.Definitions[2].As<InputObjectTypeDefinitionNode>().Fields.Should().HaveCount(2);
        document.Definitions[3].As<ScalarTypeDefinitionNode>().Directives.Single().Name.Value.Should().Be("specifiedBy");
    }

    [Fact]
    public void Parses_directive_definitions_with_repeatable_and_locations()
    {
        var directive = (DirectiveDefinitionNode)Parser.Parse("directive @tag(name: String!) repeatable on | FIELD_DEFINITION | OBJECT").Definitions[0];

        directive.Name.Value.Should().Be("tag");
        directive.Repeatable.Should().BeTrue();
        directive.Locations.Select(l => l.Value).Should().Equal("FIELD_DEFINITION", "OBJECT");
        directive.Arguments.Single().Type.ToString().Should().Be("String!");
    }

    [Fact]
    public void Parses_every_extension_form()
    {
        var document = Parser.Parse("""
            extend schema @a { subscription: S }
            extend scalar S @a
            extend type T implements I
            extend interface I @a
            extend union U = C
            extend enum E { X }
            extend input In { f: Int }
            """);

        document.Definitions.Select(d => d.Kind).Should().Equal(
            NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
            NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension);
        document.Definitions[2].As<ObjectTypeExtensionNode>().Interfaces.Single().Name.Value.Should().Be("I");
    }

    [Fact]
    public void Parses_definitions_without_bodies()
    {
        var document = Parser.Parse("type T interface I union U enum E input In");

        document.Definitions.Should().HaveCount(5);
        document.Definitions[0].As<ObjectTypeDefinitionNode>().Fields.Should().BeEmpty();
    }
}
