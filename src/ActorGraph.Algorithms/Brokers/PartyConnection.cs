namespace ActorGraph.Algorithms.Brokers;

/// <summary>An ordered pair of parties joined within the maximum length: their distance in hops and number of shortest paths.</summary>
public sealed record PartyConnection(string FromId, string ToId, int Distance, double ShortestPaths);
