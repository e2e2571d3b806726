using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_a_shorthand_query()
    {
        var document = Parser.Parse("{ hero { name } }");

        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinitionNode>().Subject;
        operation.Operation.Should().Be(OperationType.Query);
        operation.Name.Should().BeNull();
        var hero = operation.SelectionSet.Selections.Should().ContainSingle().Which.Should().BeOfType<FieldNode>().Subject;
        hero.Name.Value.Should().Be("hero");
        hero.SelectionSet!.Selections.Should().ContainSingle().Which.As<FieldNode>().Name.Value.Should().Be("name");
    }

    [Fact]
    public void Parses_named_operations_with_variables_defaults_and_directives()
    {
        var document = Parser.Parse("""
            mutation Rename($id: ID!, $names: [String!] = ["a"] @deprecated, $input: In = {a: 1, b: [null]}) @live {
              rename(id: $id, names: $names) { ok }
            }
            """);

        var operation = (OperationDefinitionNode)document.Definitions[0];
        operation.Operation.Should().Be(OperationType.Mutation);
        operation.Name!.Value.Should().Be("Rename");
        operation.Directives.Single().Name.Value.Should().Be("live");
        operation.VariableDefinitions.Select(v => v.Variable.Name.Value).Should().Equal("id", "names", "input");
        var id = operation.VariableDefinitions[0];
        id.Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<NamedTypeNode>().Which.Name.Value.Should().Be("ID");
        var names = operation.VariableDefinitions[1];
        names.Type.Should().BeOfType<ListTypeNode>().Which.Type.Should().BeOfType<NonNullTypeNode>();
        names.DefaultValue.Should().BeOfType<ListValueNode>().Which.Values.Single().Should().BeOfType<StringValueNode>().Which.Value.Should().Be("a");
        names.Directives.Single().Name.Value.Should().Be("deprecated");
        var input = operation.VariableDefinitions[2].DefaultValue.Should().BeOfType<ObjectValueNode>().Subject;
        input.Fields.Select(f => f.Name.Value).Should().Equal("a", "b");
        input.Fields[1].Value.Should().BeOfType<ListValueNode>().Which.Values.Single().Should().BeOfType<NullValueNode>();
    }

    [Fact]
    public void Parses_aliases_arguments_and_every_value_kind()
    {
        var field = FirstField("{ alias: f(i: -12, fl: 1.5e3, s: \"x\", b: \"\"\"block\"\"\", t: true, n: null, e: RED, v: $var, l: [1, [2]], o: {k: {k2: ENUM}}) }");

        field.Alias!.Value.Should().Be("alias");
        field.Name.Value.Should().Be("f");
        field.ResponseKey.Should().Be("alias");
        var values = field.Arguments.ToDictionary(a => a.Name.Value, a => a.Value);
        values["i"].Should().BeOfType<IntValueNode>().Which.Value.Should().Be("-12");
        values["fl"].Should().BeOfType<FloatValueNode>().Which.Value.Should().Be("1.5e3");
        values["s"].Should().BeOfType<StringValueNode>().Which.Block.Should().BeFalse();
        values["b"].Should().BeOfType<StringValueNode>().Which.Block.Should().BeTrue();
        values["t"].Should().BeOfType<BooleanValueNode>().Which.Value.Should().BeTrue();
        values["n"].Should().BeOfType<NullValueNode>();
        values["e"].Should().BeOfType<EnumValueNode>().Which.Value.Should().Be("RED");
        values["v"].Should().BeOfType<VariableNode>().Which.Name.Value.Should().Be("var");
        values["l"].Should().BeOfType<ListValueNode>().Which.Values[1].Should().BeOfType<ListValueNode>();
        values["o"].Should().BeOfType<ObjectValueNode>().Which.Fields[0].Value.Should().BeOfType<ObjectValueNode>();
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("""
            query { ...Parts ... on Actor @include(if: true) { id } ... @skip(if: false) { name } }
            fragment Parts on Query @dir { a }
            """);

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        selections[0].Should().BeOfType<FragmentSpreadNode>().Which.Name.Value.Should().Be("Parts");
        var typed = selections[1].Should().BeOfType<InlineFragmentNode>().Subject;
        typed.TypeCondition!.Name.Value.Should().Be("Actor");
        typed.Directives.Single().Name.Value.Should().Be("include");
        selections[2].Should().BeOfType<InlineFragmentNode>().Which.TypeCondition.Should().BeNull();
        var fragment = document.Definitions[1].Should().BeOfType<FragmentDefinitionNode>().Subject;
        fragment.Name.Value.Should().Be("Parts");
        fragment.TypeCondition.Name.Value.Should().Be("Query");
        fragment.Directives.Single().Name.Value.Should().Be("dir");
    }

    [Theory]
    [InlineData("query", OperationType.Query)]
    [InlineData("mutation", OperationType.Mutation)]
    [InlineData("subscription", OperationType.Subscription)]
    public void Parses_each_operation_type(string keyword, OperationType expected)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(keyword + " { a }").Definitions[0];

        operation.Operation.Should().Be(expected);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variable_definitions()
    {
        var source = new Source(""""
            "Named" query Q("The id" $id: ID, $plain: Int) { a }
            """Anonymous""" mutation { b }
            "A fragment" fragment F on T { c }
            { d }
            """");
        var definitions = Parser.Parse(source).Definitions;

        var named = definitions[0].Should().BeOfType<OperationDefinitionNode>().Subject;
        named.Description!.Value.Should().Be("Named");
        named.Description.Block.Should().BeFalse();
        source.Slice(named.Location.Start, named.Location.End).Should().StartWith("\"Named\" query Q");
        named.VariableDefinitions[0].Description!.Value.Should().Be("The id");
        source.Slice(named.VariableDefinitions[0].Location.Start, named.VariableDefinitions[0].Location.End).Should().Be("\"The id\" $id: ID");
        named.VariableDefinitions[1].Description.Should().BeNull();
        var anonymous = definitions[1].Should().BeOfType<OperationDefinitionNode>().Subject;
        anonymous.Operation.Should().Be(OperationType.Mutation);
        anonymous.Name.Should().BeNull();
        anonymous.Description!.Value.Should().Be("Anonymous");
        anonymous.Description.Block.Should().BeTrue();
        definitions[2].Should().BeOfType<FragmentDefinitionNode>().Which.Description!.Value.Should().Be("A fragment");
        definitions[3].Should().BeOfType<OperationDefinitionNode>().Which.Description.Should().BeNull();
    }

    [Fact]
    public void Allows_keywords_as_names()
    {
        var field = FirstField("{ query: mutation(on: fragment, type: true1) { subscription schema extend null: implements } }");

        field.Alias!.Value.Should().Be("query");
        field.Arguments.Select(a => a.Value).Should().AllBeOfType<EnumValueNode>();
        field.SelectionSet!.Selections.Should().HaveCount(4);
    }

    [Fact]
    public void Records_node_locations()
    {
        var source = new Source("{\n  a(x: 1)\n}");
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0];

        field.Location.StartLocation.Should().Be(new Errors.SourceLocation(2, 3));
        source.Slice(field.Location.Start, field.Location.End).Should().Be("a(x: 1)");
        field.Arguments[0].Value.Location.StartLocation.Should().Be(new Errors.SourceLocation(2, 8));
    }

    [Fact]
    public void Parses_values_and_types_on_their_own()
    {
        Parser.ParseValue("[1, $a]").Should().BeOfType<ListValueNode>();
        Parser.ParseConstValue("{a: \"b\"}").Should().BeOfType<ObjectValueNode>();
        Parser.ParseType("[Int!]!").ToString().Should().Be("[Int!]!");
        Assert.Throws<Errors.GraphQLSyntaxError>(() => Parser.ParseConstValue("$a"));
        Assert.Throws<Errors.GraphQLSyntaxError>(() => Parser.ParseType("Int!!"));
    }

    [Fact]
    public void Parses_utf8_bytes_directly()
    {
        var document = Parser.Parse(new Source("{ a(s: \"héllo\") }"u8.ToArray()));

        FirstField(document).Arguments[0].Value.As<StringValueNode>().Value.Should().Be("héllo");
    }

    private static FieldNode FirstField(string text) => FirstField(Parser.Parse(text));

    private static FieldNode FirstField(DocumentNode document) =>
        (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
}
