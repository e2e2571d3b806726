using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities;
using ActorGraph.TestSupport;

namespace ActorGraph.Benchmarks.GraphQLValidation;

/// <summary>Realistic documents against the public ActorGraph schema, measured by both validation benchmarks.</summary>
internal static class BenchmarkDocuments
{
    public static string SchemaSdl { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "actorgraph.graphql"));

    public static Schema Schema { get; } = SchemaBuilder.FromSdl(SchemaSdl);

    /// <summary>Where graphql-js (pinned by the conformance harness's package-lock.json) is installed.</summary>
    public static string GraphQLJsFolder { get; } = RepositoryPaths.Combine("tests", "ActorGraph.GraphQL.Tests", "Conformance");

    public static IReadOnlyList<string> Queries { get; } =
    [
        "{ actor(id: \"qatar\") { id name kind country } }",
        """
        query Actors($after: String, $kinds: [ActorKind!]) {
          actors(first: 20, after: $after, filter: {kinds: $kinds, countries: ["QAT", "EGY"]}) {
            edges { cursor node { ...ActorCard } }
            pageInfo { hasNextPage endCursor }
            totalCount
          }
        }
        fragment ActorCard on Actor { id key name aliases kind country description }
        """,
        """
        query Claim($id: ID!) {
          relationship(id: $id) {
            ...Claim
            source { ...Party }
            target { ...Party }
          }
          node(id: $id) { id ... on Relationship { label } ... on Actor { name } }
        }
        fragment Claim on Relationship { id key type label date effectiveDate reportedOn place modality attribution confidence evidenceCount }
        fragment Party on Actor { id name kind relationships(direction: ANY) { __typename } }
        """,
        """
        mutation Create($name: String!) {
          createActor(input: {key: "new-actor", name: $name, kind: STATE}) { __typename }
        }
        """,
        "{ actors(first: 5) { nodes { name population } } unknownRoot }",
    ];
}
