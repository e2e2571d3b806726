using ActorGraph.TestSupport;

namespace ActorGraph.Domain.Tests.SeedData;

/// <summary>A fact that needs the original articles in <c>../shared/seeds</c> beside the repository; skipped, saying why, when they are absent.</summary>
public sealed class RequiresSharedSeedsFactAttribute : FactAttribute
{
    public static string SeedsFolder { get; } = Path.GetFullPath(RepositoryPaths.Combine("..", "shared", "seeds"));

    public RequiresSharedSeedsFactAttribute()
    {
        if (!Directory.Exists(SeedsFolder))
        {
            Skip = $"The original articles are not at {SeedsFolder}; the seed texts cannot be compared with them here.";
        }
    }
}
