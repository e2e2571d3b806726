using System.Runtime.CompilerServices;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Utilities;

public class SchemaPrinterTests
{
    [Fact]
    public void Prints_the_same_sdl_as_graphql_js()
    {
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(PathNextToThisFile("../Types/Introspection/introspection-schema.graphql")));

        SchemaPrinter.Print(schema).Should().Be(File.ReadAllText(PathNextToThisFile("expected-printed-schema.graphql")));
    }

    [Fact]
    public void Printed_schema_builds_back_to_a_schema_that_prints_the_same()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(File.ReadAllText(PathNextToThisFile("../Types/Introspection/introspection-schema.graphql"))));

        SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)).Should().Be(printed);
    }

    [Fact]
    public void Omits_the_schema_definition_when_roots_use_the_default_names()
    {
        SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a(x: [Int] = 1): String @deprecated }")).Should().Be(
            "type Query {\n  a(x: [Int] = [1]): String @deprecated\n}");
    }

    private static string PathNextToThisFile(string relative, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, relative));
}
