namespace ActorGraph.Storage.Neo4j.Tests;

public sealed class Neo4jStoreOptionsTests
{
    [Fact]
    public void The_environment_names_server_database_and_credentials()
    {
        var environment = new Dictionary<string, string>
        {
            ["ACTORGRAPH_NEO4J_URI"] = "https://xxx.databases.neo4j.io",
            ["ACTORGRAPH_NEO4J_DATABASE"] = "actors",
            ["ACTORGRAPH_NEO4J_USER"] = "neo4j",
            ["ACTORGRAPH_NEO4J_PASSWORD"] = "verysecret",
            ["ACTORGRAPH_NEO4J_TOKEN"] = "dG9rZW4=",
        };

        var options = Neo4jStoreOptions.FromEnvironment(environment.GetValueOrDefault)!;

        options.BaseUri.Should().Be(new Uri("https://xxx.databases.neo4j.io"));
        options.Database.Should().Be("actors");
        options.Username.Should().Be("neo4j");
        options.Password.Should().Be("verysecret");
        options.BearerToken.Should().Be("dG9rZW4=");
    }

    [Fact]
    public void Without_a_URI_there_is_no_Neo4j_and_the_database_defaults_to_neo4j()
    {
        Neo4jStoreOptions.FromEnvironment(_ => null).Should().BeNull();
        Neo4jStoreOptions.FromEnvironment(name => name == "ACTORGRAPH_NEO4J_URI" ? "http://localhost:7474" : null)!.Database.Should().Be("neo4j");
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("localhost:7474")]
    public void A_URI_that_is_not_http_is_refused_with_a_hint(string uri)
    {
        var read = () => Neo4jStoreOptions.FromEnvironment(name => name == "ACTORGRAPH_NEO4J_URI" ? uri : null);

        read.Should().Throw<ArgumentException>().WithMessage("*Query API is served over HTTP*");
    }

    [Fact]
    public void Options_without_a_server_or_with_a_user_but_no_password_are_refused()
    {
        var noServer = () => new Neo4jStoreOptions().Validate();
        var noPassword = () => new Neo4jStoreOptions { BaseUri = new Uri("http://localhost:7474"), Username = "neo4j" }.Validate();

        noServer.Should().Throw<ArgumentException>().WithMessage("*BaseUri*");
        noPassword.Should().Throw<ArgumentException>().WithMessage("*Password*");
    }
}
