using System.Security.Cryptography;
using System.Text;

namespace ActorGraph.GraphQL.Execution.Caching;

/// <summary>The SHA-256 of a query text as lower-case hex, as automatic persisted queries name documents.</summary>
public static class DocumentHash
{
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
