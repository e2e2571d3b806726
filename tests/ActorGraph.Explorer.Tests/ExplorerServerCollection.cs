namespace ActorGraph.Explorer.Tests;

/// <summary>One server process shared by the explorer's test classes, which therefore run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class ExplorerServerCollection : ICollectionFixture<ExplorerServer>
{
    public const string Name = "explorer server";
}
