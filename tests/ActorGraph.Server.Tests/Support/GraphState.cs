namespace ActorGraph.Server.Tests.Support;

/// <summary>A fingerprint of everything stored: the counts and the audit trail. Every write is audited, so an equal fingerprint means nothing was written.</summary>
public static class GraphState
{
    public static async Task<string> FingerprintAsync(TestApp app) =>
        (await app.GraphQL().QueryAsync("""
            { stats { actors relationships evidence documents events affiliations }
              changes(first: 1000) { sequence operation entityId } }
            """)).ToString();
}
