using ActorGraph.Domain.Import;
using ActorGraph.TestSupport;

namespace ActorGraph.Domain.Tests.Import;

public class SeedDataSchemaTests
{
    [Fact]
    public void The_embedded_schema_is_the_repository_file()
    {
        using var embedded = new StreamReader(SeedDataSchema.Open());

        embedded.ReadToEnd().Should().Be(File.ReadAllText(RepositoryPaths.Combine("schema", "seed-data.schema.json")));
    }

    [Fact]
    public void The_schema_uses_only_keywords_the_validator_implements()
    {
        FluentActions.Invoking(() => SeedDataSchema.Validator).Should().NotThrow();
    }
}
