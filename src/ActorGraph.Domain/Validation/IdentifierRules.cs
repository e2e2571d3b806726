using System.Text.RegularExpressions;

namespace ActorGraph.Domain.Validation;

/// <summary>Ids are slugs and unique per kind; country codes are ISO 3166-1 alpha-3 shaped.</summary>
internal static partial class IdentifierRules
{
    public static void Check(ValidationScope scope)
    {
        var batch = scope.Batch;
        CheckIds(scope, "documents", batch.Documents.Select(d => d.Id));
        CheckIds(scope, "actors", batch.Actors.Select(a => a.Id));
        CheckIds(scope, "affiliations", batch.Affiliations.Select(a => a.Id));
        CheckIds(scope, "events", batch.Events.Select(e => e.Id));
        CheckIds(scope, "relationships", batch.Relationships.Select(r => r.Id));
        for (var i = 0; i < batch.Actors.Count; i++)
        {
            if (batch.Actors[i].Country is { } country && !CountryCode().IsMatch(country))
            {
                scope.Add($"actors[{i}].country", $"'{country}' is not an ISO 3166-1 alpha-3 country code (three upper-case letters, such as QAT).");
            }
        }
    }

    private static void CheckIds(ValidationScope scope, string collection, IEnumerable<string> ids)
    {
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            var path = $"{collection}[{index}].id";
            if (!Slug.IsValid(id))
            {
                scope.Add(path, $"'{id}' is not a valid id: use lowercase letters and digits joined by single dashes, such as 'antony-blinken'.");
            }
            else if (!firstUse.TryAdd(id, index))
            {
                scope.Add(path, $"Duplicate id '{id}': {collection}[{firstUse[id]}] has it already.");
            }

            index++;
        }
    }

    [GeneratedRegex(@"\A[A-Z]{3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();
}
