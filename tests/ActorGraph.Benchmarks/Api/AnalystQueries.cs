namespace ActorGraph.Benchmarks.Api;

/// <summary>One analyst query of the load: a name for the report and the GraphQL document.</summary>
public sealed record AnalystQuery(string Name, string Document);

/// <summary>The five analyst queries, on the seed data and phrased over the synthetic graph's ids.</summary>
internal static class AnalystQueries
{
    public static IReadOnlyList<AnalystQuery> Seed { get; } =
    [
        new("who pressured Qatar (relationships + evidence)", """{ actor(id: "qatar") { relationships(types: ["PRESSURES"], direction: IN) { nodes { source { name } date attribution evidence { quote document { title } } } } } }"""),
        new("mediators Israel–Hamas, March 2024", """{ mediators(between: ["israel", "hamas"], window: { from: "2024-03-01", to: "2024-03-31" }) { mediator { name } relationships { date evidence { quote } } } }"""),
        new("neighbourhood of Qatar, depth 2", """{ neighbourhood(ids: ["qatar"], depth: 2) { nodes { id label kind } edges { id source target type weight start end } } }"""),
        new("3 shortest paths US → Hamas", """{ paths(from: "united-states", to: "hamas", limit: 3) { paths { actors { name } steps { relationship { type evidence { quote } } } } } }"""),
        new("brokers Israel–Hamas (MEDIATES)", """{ brokers(between: ["israel", "hamas"], types: ["MEDIATES"]) { brokers { rank score actor { name } } } }"""),
    ];

    /// <summary>The same five questions: the hub stands for Qatar and Israel, the mean-degree actors for Hamas and the US.</summary>
    public static IReadOnlyList<AnalystQuery> Synthetic(SyntheticPicks picks) =>
    [
        new($"who pressured the hub (first page of 50, relationships + evidence)",
            $$"""{ actor(id: "{{picks.Hub}}") { relationships(types: ["PRESSURES"], direction: IN) { totalCount nodes { source { name } date attribution evidence { quote document { title } } } } } }"""),
        new("mediators hub–mean-degree actor, March 2024",
            $$"""{ mediators(between: ["{{picks.Hub}}", "{{picks.Middle}}"], window: { from: "2024-03-01", to: "2024-03-31" }) { mediator { name } relationships { date evidence { quote } } } }"""),
        new("neighbourhood of a mean-degree actor, depth 2 (cap 200)",
            $$"""{ neighbourhood(ids: ["{{picks.Middle}}"], depth: 2) { truncated nodes { id label kind } edges { id source target type weight start end } } }"""),
        new("3 shortest paths between two mean-degree actors",
            $$"""{ paths(from: "{{picks.Other}}", to: "{{picks.Middle}}", limit: 3) { paths { actors { name } steps { relationship { type evidence { quote } } } } } }"""),
        new("brokers hub–mean-degree actor (MEDIATES)",
            $$"""{ brokers(between: ["{{picks.Hub}}", "{{picks.Middle}}"], types: ["MEDIATES"]) { brokers { rank score actor { name } } } }"""),
    ];
}
