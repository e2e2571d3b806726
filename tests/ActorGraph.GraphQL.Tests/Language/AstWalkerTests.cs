using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

public class AstWalkerTests
{
    [Fact]
    public void Visits_nodes_in_source_order_with_enter_and_leave()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("{ a(x: 1) @d { b } }"));

        walker.Events.Should().Equal(
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name", "leave Name",
            "enter Argument", "enter Name", "leave Name", "enter IntValue", "leave IntValue", "leave Argument",
            "enter Directive", "enter Name", "leave Name", "leave Directive",
            "enter SelectionSet", "enter Field", "enter Name", "leave Name", "leave Field", "leave SelectionSet",
            "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document");
    }

    [Fact]
    public void Skips_children_when_enter_returns_false_and_tracks_ancestors()
    {
        var walker = new FieldCollector();

        walker.Walk(Parser.Parse("{ a { b } c }"));

        walker.Fields.Should().Equal("a:3", "c:3");
    }

    [Fact]
    public void Does_not_visit_descriptions()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("\"op\" query Q(\"var\" $v: Int) { a }\n\"frag\" fragment F on T { b }\n\"type\" scalar S", ParserOptions.Schema));

        walker.Events.Should().NotContain("enter StringValue").And.Contain("enter VariableDefinition").And.Contain("enter ScalarTypeDefinition");
    }

    private sealed class RecordingWalker : AstWalker
    {
        public List<string> Events { get; } = [];

        protected override bool Enter(Node node)
        {
            Events.Add("enter " + node.Kind);
            return true;
        }

        protected override void Leave(Node node) => Events.Add("leave " + node.Kind);
    }

    private sealed class FieldCollector : AstWalker
    {
        public List<string> Fields { get; } = [];

        protected override bool Enter(Node node)
        {
            if (node is FieldNode field)
            {
                Fields.Add(field.Name.Value + ":" + Ancestors.Count);
                return false;
            }

            return true;
        }
    }
}
