using ActorGraph.GraphQL.Execution;

namespace ActorGraph.GraphQL.Tests.Execution;

public sealed class ArgumentAccessTests
{
    private const string Sdl = """
        type Query {
          page(first: Int = 10, ids: [ID!], kind: RelationKind): String!
          filter(filter: Filter!): String!
          raw(filter: Filter!): String!
          by(by: ActorBy!): String!
          when(at: DateTime!): String!
          kinds: [RelationKind!]!
        }

        enum RelationKind { MEDIATED_BY MEETS }

        scalar DateTime

        input Filter {
          kind: RelationKind = MEETS
          names: [String!]
          range: Range
          note: String
        }

        input Range { from: Int! to: Int }

        input ActorBy @oneOf { id: ID name: String }
        """;

    public enum RelationKind
    {
        MediatedBy,
        Meets,
    }

    public sealed record Range(int From, int? To);

    public sealed record Filter(RelationKind Kind, IReadOnlyList<string>? Names, Range? Range, string? Note = "none");

    [Fact]
    public async Task Scalars_lists_enums_and_defaults_bind_to_typed_values()
    {
        var json = await Execute.JsonAsync(Schema(), """{ a: page b: page(first: 2, ids: ["x", 7], kind: MEDIATED_BY) }""");

        json.Should().Be("""{"data":{"a":"10|null|null|False","b":"2|x,7|MediatedBy|True"}}""");
    }

    [Fact]
    public async Task Input_objects_bind_to_records_with_nested_records_and_defaults()
    {
        var json = await Execute.JsonAsync(Schema(), """{ filter(filter: { names: ["Qatar"], range: { from: 1 } }) }""");

        json.Should().Be("""{"data":{"filter":"Meets|Qatar|1-|none"}}""");
    }

    [Fact]
    public async Task Input_objects_read_as_dictionaries_tell_absent_from_null()
    {
        var json = await Execute.JsonAsync(Schema(), """query ($f: Filter!) { raw(filter: $f) }""",
            new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["note"] = null } });

        json.Should().Be("""{"data":{"raw":"kind,note"}}""");
    }

    [Fact]
    public async Task OneOf_inputs_with_two_fields_are_refused_before_the_resolver_runs()
    {
        var result = await Execute.ResultAsync(Schema(), """query ($by: ActorBy!) { by(by: $by) }""",
            new Dictionary<string, object?> { ["by"] = new Dictionary<string, object?> { ["id"] = "1", ["name"] = "x" } });

        result.Kind.Should().Be(ExecutionResultKind.VariableError);
        result.Errors.Single().Message.Should().Contain("Exactly one key must be specified for OneOf type \"ActorBy\".");
    }

    [Fact]
    public async Task Custom_scalars_parse_literals_and_variables_with_one_hook_and_serialise_results()
    {
        var json = await Execute.JsonAsync(Schema(), """query ($t: DateTime!) { a: when(at: "2023-11-24T07:00:00Z") b: when(at: $t) }""",
            new Dictionary<string, object?> { ["t"] = "2024-01-01T00:00:00Z" });

        json.Should().Be("""{"data":{"a":"2023-11-24","b":"2024-01-01"}}""");
    }

    [Fact]
    public async Task Bad_custom_scalar_input_gives_the_hook_message()
    {
        var result = await Execute.ResultAsync(Schema(), """query ($t: DateTime!) { when(at: $t) }""", new Dictionary<string, object?> { ["t"] = "yesterday" });

        result.Errors.Single().Message.Should().Be("""Variable "$t" got invalid value "yesterday"; DateTime must be an ISO-8601 string.""");
    }

    [Fact]
    public async Task CSharp_enum_results_serialise_to_graphql_enum_values()
    {
        var json = await Execute.JsonAsync(Schema(), "{ kinds }");

        json.Should().Be("""{"data":{"kinds":["MEDIATED_BY","MEETS"]}}""");
    }

    private static ExecutableSchema Schema() =>
        new ExecutableSchemaBuilder(Sdl)
            .Resolve("Query.page", ctx => string.Join('|',
                ctx.Argument<int>("first"),
                ctx.Argument<IReadOnlyList<string>?>("ids") is { } ids ? string.Join(',', ids) : "null",
                ctx.Argument<RelationKind?>("kind")?.ToString() ?? "null",
                ctx.HasArgument("ids")))
            .Resolve("Query.filter", ctx =>
            {
                var filter = ctx.Argument<Filter>("filter");
                return $"{filter.Kind}|{string.Join(',', filter.Names ?? [])}|{filter.Range?.From}-{filter.Range?.To}|{filter.Note}";
            })
            .Resolve("Query.raw", ctx => string.Join(',', ctx.Argument<IReadOnlyDictionary<string, object?>>("filter").Keys.Order(StringComparer.Ordinal)))
            .Resolve("Query.by", _ => "never")
            .Resolve("Query.when", ctx => ctx.Argument<DateTimeOffset>("at").ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Resolve("Query.kinds", _ => new[] { RelationKind.MediatedBy, RelationKind.Meets })
            .Scalar("DateTime",
                serialize: value => ((DateTimeOffset)value).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                parse: input => input is string text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : throw new GraphQLException("DateTime must be an ISO-8601 string."))
            .Build();
}
