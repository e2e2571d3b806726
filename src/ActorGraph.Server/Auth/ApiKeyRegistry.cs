using System.Security.Cryptography;
using System.Text;
using ActorGraph.Server.Configuration;

namespace ActorGraph.Server.Auth;

/// <summary>
/// The configured API keys, held only as SHA-256 hashes. A presented key is hashed and compared with every
/// stored hash in constant time, so neither the comparison nor the position of a match leaks through timing.
/// </summary>
public sealed class ApiKeyRegistry
{
    /// <summary>Shorter keys are refused at start-up: they could be guessed.</summary>
    public const int MinimumKeyLength = 16;

    private readonly IReadOnlyList<Entry> _entries;

    public ApiKeyRegistry(IEnumerable<ApiKeyOptions> keys)
    {
        var entries = new List<Entry>();
        var problems = new List<string>();
        var index = 0;
        foreach (var key in keys)
        {
            var at = $"Auth:ApiKeys:{index++}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                problems.Add($"{at}:Name is empty.");
            }

            if (key.Key.Length < MinimumKeyLength)
            {
                problems.Add($"{at}:Key of '{key.Name}' is shorter than {MinimumKeyLength} characters.");
            }

            if (!Enum.TryParse<Role>(key.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                problems.Add($"{at}:Role of '{key.Name}' is '{key.Role}'; use Reader, Editor or Admin.");
            }

            entries.Add(new Entry(key.Name, Hash(key.Key), role));
        }

        problems.AddRange(entries.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"The API key name '{g.Key}' is used more than once."));
        problems.AddRange(entries.GroupBy(e => Convert.ToHexString(e.Hash), StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"The API keys {string.Join(", ", g.Select(e => $"'{e.Name}'"))} have the same secret."));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid API key configuration: " + string.Join(" ", problems));
        }

        _entries = entries;
    }

    /// <summary>The name and role of the key, or null when no configured key matches.</summary>
    public (string Name, Role Role)? Find(string presentedKey)
    {
        var presented = Hash(presentedKey);
        Entry? match = null;
        foreach (var entry in _entries)
        {
            // Every entry is compared, matched or not, so the time taken does not depend on which key matches.
            if (CryptographicOperations.FixedTimeEquals(entry.Hash, presented))
            {
                match = entry;
            }
        }

        return match is null ? null : (match.Name, match.Role);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private sealed record Entry(string Name, byte[] Hash, Role Role);
}
