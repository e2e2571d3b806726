using ActorGraph.Algorithms.Brokers;
using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Algorithms.Paths;
using ActorGraph.Algorithms.Timelines;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Server.Hosting;

public static class AlgorithmServiceCollectionExtensions
{
    /// <summary>The vocabulary, the clock, and the graph algorithms over the configured store.</summary>
    public static IServiceCollection AddActorGraphAlgorithms(this IServiceCollection services)
    {
        services.AddSingleton(RelationshipVocabulary.Default);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PathFinder(sp.GetRequiredService<IGraphReader>(), sp.GetRequiredService<RelationshipVocabulary>()));
        services.AddSingleton(sp => new NeighbourhoodExplorer(sp.GetRequiredService<IGraphReader>(), sp.GetRequiredService<RelationshipVocabulary>()));
        services.AddSingleton(sp => new BrokerRanking(sp.GetRequiredService<IGraphReader>(), sp.GetRequiredService<RelationshipVocabulary>()));
        services.AddSingleton(sp => new ActorTimeline(sp.GetRequiredService<IGraphReader>(), sp.GetRequiredService<RelationshipVocabulary>()));
        return services;
    }
}
