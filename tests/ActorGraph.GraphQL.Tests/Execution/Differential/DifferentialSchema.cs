using System.Text.Json;
using ActorGraph.GraphQL.Execution;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Execution.Differential;

/// <summary>
/// Our engine serving schema.graphql over data.json with the same resolvers as resolvers.mjs (keep both in step).
/// Objects are the plain dictionaries of the JSON; fields without a resolver read the key of the same name.
/// </summary>
internal sealed class DifferentialSchema
{
    private Dictionary<string, object?> _data = [];

    public DifferentialSchema(string folder)
    {
        var sdl = File.ReadAllText(Path.Combine(folder, "schema.graphql"));
        DataJson = File.ReadAllText(Path.Combine(folder, "data.json"));
        var builder = new ExecutableSchemaBuilder(sdl);
        RegisterResolvers(builder);
        RegisterDictionaryFields(builder, sdl);
        foreach (var name in new[] { "Node", "Named", "SearchResult" })
        {
            builder.ResolveType(name, (value, _) => TypeOf(Object(value)));
        }

        Schema = builder.Build();
    }

    public ExecutableSchema Schema { get; }

    private string DataJson { get; }

    /// <summary>Starts from a fresh copy of data.json (mutations change it).</summary>
    public void Reset() => _data = (Dictionary<string, object?>)ActorGraph.GraphQL.Utilities.JsonValues.ToClr(JsonDocument.Parse(DataJson).RootElement)!;

    private readonly HashSet<string> _explicit = new(StringComparer.Ordinal);

    private void RegisterResolvers(ExecutableSchemaBuilder builder)
    {
        void On(string coordinate, Func<ResolverContext, object?> resolve)
        {
            _explicit.Add(coordinate);
            builder.Resolve(coordinate, resolve);
        }

        On("Query.hello", _ => "world");
        On("Query.count", _ => List("actors").Count);
        On("Query.actor", ctx => Find("actors", ctx.Argument<string>("id")));
        On("Query.actorBy", ctx =>
        {
            var by = ctx.Argument<IReadOnlyDictionary<string, object?>>("by");
            return by.GetValueOrDefault("id") is string id ? Find("actors", id) : List("actors").FirstOrDefault(a => Equals(Object(a)["name"], by["name"]));
        });
        On("Query.actors", ctx =>
        {
            var filter = ctx.Argument<IReadOnlyDictionary<string, object?>?>("filter");
            var first = ctx.Argument<int?>("first");
            var actors = List("actors").Select(Object).Where(a =>
                filter is null
                || ((filter.GetValueOrDefault("role") is not { } role || Equals(a["role"], role))
                    && (filter.GetValueOrDefault("nameContains") is not string part || ((string)a["name"]!).Contains(part, StringComparison.Ordinal))
                    && (filter.GetValueOrDefault("minScore") is not { } min || Number(a["score"] ?? 0L) >= Number(min))
                    && (filter.GetValueOrDefault("countries") is not IEnumerable<object?> countries || countries.Contains(a["countryId"]))));
            return actors.Take(first ?? int.MaxValue).ToList();
        });
        On("Query.node", ctx => AnyNode(ctx.Argument<string>("id")));
        On("Query.nodes", ctx => ctx.Argument<IReadOnlyList<string>>("ids").Select(AnyNode).ToList());
        On("Query.search", ctx =>
        {
            var text = ctx.Argument<string>("text").ToLowerInvariant();
            return List("actors").Concat(List("countries")).Concat(List("documents"))
                .Where(x => ((string)Object(x)["name"]!).ToLowerInvariant().Contains(text, StringComparison.Ordinal))
                .ToList();
        });
        On("Query.echo", ctx => ctx.Arguments);
        On("Query.mustFail", _ => throw new GraphQLException("The root field failed.", "ROOT_FAILURE"));
        On("Query.mayFail", _ => throw new GraphQLException("The nullable root field failed.", "ROOT_FAILURE"));

        On("Mutation.rename", ctx =>
        {
            var actor = Find("actors", ctx.Argument<string>("id"));
            if (actor is not null)
            {
                actor["name"] = ctx.Argument<string>("name");
            }

            return actor;
        });
        On("Mutation.addAlias", ctx =>
        {
            var id = ctx.Argument<string>("id");
            var actor = Find("actors", id) ?? throw new GraphQLException($"No actor {id}.", "NOT_FOUND");
            var aliases = (List<object?>)actor["aliases"]!;
            aliases.Add(ctx.Argument<string>("alias"));
            return aliases;
        });
        On("Mutation.failAlways", _ => throw new GraphQLException("This mutation always fails.", "MUTATION_FAILURE"));

        On("Actor.country", ctx => Parent(ctx)["countryId"] is string id ? Find("countries", id) : null);
        On("Actor.relationships", ctx =>
        {
            var id = Parent(ctx)["id"];
            var kind = ctx.Argument<string?>("kind");
            var first = ctx.Argument<int?>("first");
            return List("relationships").Select(Object)
                .Where(r => Equals(r["sourceId"], id) && (kind is null || Equals(r["kind"], kind)))
                .Take(first ?? int.MaxValue)
                .ToList();
        });
        On("Actor.mentor", ctx => Parent(ctx)["mentorId"] is string id ? Find("actors", id) : null);
        On("Actor.failing", ctx => throw new GraphQLException($"Actor {Parent(ctx)["id"]} failed.", "ACTOR_FAILURE"));
        On("Actor.failingNonNull", ctx => throw new GraphQLException($"Actor {Parent(ctx)["id"]} failed hard.", "ACTOR_FAILURE"));
        On("Actor.nullNonNull", _ => null);
        On("Actor.tags", ctx =>
        {
            var prefix = ctx.Argument<string?>("prefix");
            return Parent(ctx)["tags"] is List<object?> tags ? tags.Select(t => t is null || prefix is null ? t : prefix + t).ToList() : null;
        });
        On("Actor.badInt", _ => 1.5);
        On("Actor.deep", ctx => ctx.ParentValue);
        On("Country.neighbours", ctx => Parent(ctx)["neighbourIds"] is List<object?> ids ? ids.Select(id => Find("countries", (string)id!)).ToList() : null);
        On("Relationship.source", ctx => Find("actors", (string)Parent(ctx)["sourceId"]!));
        On("Relationship.target", ctx => Find("actors", (string)Parent(ctx)["targetId"]!));
        On("Evidence.document", ctx => Find("documents", (string)Parent(ctx)["documentId"]!));
    }

    /// <summary>Like graphql-js's default resolver: every other field of an object type reads its own key.</summary>
    private void RegisterDictionaryFields(ExecutableSchemaBuilder builder, string sdl)
    {
        foreach (var type in Parser.Parse(sdl, ParserOptions.Schema).Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            foreach (var field in type.Fields)
            {
                var coordinate = type.Name.Value + "." + field.Name.Value;
                if (!_explicit.Contains(coordinate))
                {
                    var name = field.Name.Value;
                    builder.Resolve(coordinate, ctx => ctx.ParentValue is IReadOnlyDictionary<string, object?> fields ? fields.GetValueOrDefault(name) : null);
                }
            }
        }
    }

    private static string TypeOf(IReadOnlyDictionary<string, object?> value) => ((string)value["id"]!)[0] switch
    {
        'a' => "Actor",
        'c' => "Country",
        'd' => "Document",
        _ => "Relationship",
    };

    private List<object?> List(string collection) => (List<object?>)_data[collection]!;

    private Dictionary<string, object?>? Find(string collection, string id) =>
        List(collection).Select(x => (Dictionary<string, object?>)x!).FirstOrDefault(x => Equals(x["id"], id));

    private Dictionary<string, object?>? AnyNode(string id) =>
        Find("actors", id) ?? Find("countries", id) ?? Find("documents", id) ?? Find("relationships", id);

    private static Dictionary<string, object?> Parent(ResolverContext ctx) => ctx.Parent<Dictionary<string, object?>>();

    private static IReadOnlyDictionary<string, object?> Object(object? value) => (IReadOnlyDictionary<string, object?>)value!;

    private static double Number(object value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
