namespace ActorGraph.Server.Configuration;

/// <summary>The seed data imported into an empty store (configuration section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>A folder of seed-data JSON files; a relative path is taken from the application's folder.</summary>
    public string Path { get; set; } = "seed-data";

    /// <summary>Import the seed data when the store holds no actor yet.</summary>
    public bool ImportOnFirstStart { get; set; } = true;
}
