using ActorGraph.Server.GraphQL;
using ActorGraph.Server.GraphQL.Mutations;
using ActorGraph.TestSupport;

namespace ActorGraph.Server.Tests.GraphQL.Mutations;

public sealed class MutationRolesTests
{
    [Fact]
    public async Task Every_mutation_of_the_schema_has_a_role_and_every_role_names_a_mutation()
    {
        var schema = ActorGraphSchema.Build(await File.ReadAllTextAsync(RepositoryPaths.Combine("schema", "actorgraph.graphql")));

        MutationRoles.Fields.Should().BeEquivalentTo(schema.Schema.MutationType!.Fields.Select(f => f.Name));
    }
}
