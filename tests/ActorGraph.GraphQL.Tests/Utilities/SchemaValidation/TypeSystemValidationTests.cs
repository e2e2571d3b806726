using System.Runtime.CompilerServices;
using System.Text.Json;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Utilities;

namespace ActorGraph.GraphQL.Tests.Utilities.SchemaValidation;

/// <summary>
/// Every SDL document and type-system rule case of type-system-cases.graphql gives the errors (message,
/// locations, order) that graphql-js 16.15 gives, recorded in expected-type-system-errors.json.
/// </summary>
public class TypeSystemValidationTests
{
    // Where the September 2025 specification asks for more than graphql-js 16 checks.
    private static readonly Dictionary<string, string[]> SpecificationAdditions = new()
    {
        ["same type for two roots"] = ["All root types must be different, \"Q\" type is used as query and mutation root types. @ 1:1"],
    };

    public static TheoryData<string> CaseNames => new(Cases().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Reports_the_errors_graphql_js_reports(string name)
    {
        var testCase = Cases().Single(c => c.Name == name);
        var expected = testCase.Errors.Select(e => Describe(e.Message, e.Locations.Select(l => new SourceLocation(l[0], l[1])))).ToList();
        expected.AddRange(SpecificationAdditions.GetValueOrDefault(name, []));

        var actual = Errors(testCase.Sdl);

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Throws_all_errors_together_with_locations()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: In b: Missing }\ninput In { a: Int }"));

        error.Errors.Should().ContainSingle().Which.Locations.Should().Equal(new SourceLocation(1, 23));
        error.Errors[0].Code.Should().Be(ErrorCodes.InvalidSchema);
        error.Message.Should().Contain("Unknown type \"Missing\".");
    }

    private static List<string> Errors(string sdl)
    {
        try
        {
            SchemaBuilder.FromSdl(sdl);
            return [];
        }
        catch (SchemaValidationException exception)
        {
            return exception.Errors.Select(e => Describe(e.Message, e.Locations)).ToList();
        }
    }

    private static string Describe(string message, IEnumerable<SourceLocation> locations) =>
        message + " @ " + string.Join(" ", locations);

    private static IReadOnlyList<Case> Cases([CallerFilePath] string thisFile = "") =>
        JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "expected-type-system-errors.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    private sealed record Case(string Name, string Sdl, string Stage, List<ExpectedError> Errors);

    private sealed record ExpectedError(string Message, List<int[]> Locations);
}
