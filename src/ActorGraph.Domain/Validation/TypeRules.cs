using ActorGraph.Domain.Relationships;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// Relationships use interaction types and affiliations use affiliation types of the vocabulary, and nothing
/// stands in a relationship to itself unless its type allows it.
/// </summary>
internal static class TypeRules
{
    public static void Check(ValidationScope scope)
    {
        var batch = scope.Batch;
        for (var i = 0; i < batch.Relationships.Count; i++)
        {
            var r = batch.Relationships[i];
            CheckOne(scope, $"relationships[{i}]", r.Type, RelationshipCategory.Interaction, r.SourceId, r.TargetId);
        }

        for (var i = 0; i < batch.Affiliations.Count; i++)
        {
            var a = batch.Affiliations[i];
            CheckOne(scope, $"affiliations[{i}]", a.Type, RelationshipCategory.Affiliation, a.MemberId, a.OrganisationId);
        }
    }

    private static void CheckOne(ValidationScope scope, string path, string code, RelationshipCategory expected, string from, string to)
    {
        var type = scope.Vocabulary.Find(code);
        if (type is null)
        {
            var known = scope.Vocabulary.All.Where(t => t.Category == expected).Select(t => t.Code);
            var kind = expected == RelationshipCategory.Affiliation ? "affiliation" : "relationship";
            scope.Add($"{path}.type", $"Unknown {kind} type '{code}'; the vocabulary has: {string.Join(", ", known)}.");
            return;
        }

        if (type.Category != expected)
        {
            var home = type.Category == RelationshipCategory.Affiliation ? "affiliations" : "relationships";
            scope.Add($"{path}.type", $"'{code}' is {Describe(type.Category)} type, not {Describe(expected)} type: record it under \"{home}\".");
        }

        if (!type.AllowsSelf && string.Equals(from, to, StringComparison.Ordinal))
        {
            scope.Add(path, $"'{from}' cannot stand in a {code} relationship to itself.");
        }
    }

    private static string Describe(RelationshipCategory category) =>
        category == RelationshipCategory.Affiliation ? "an affiliation" : "an interaction";
}
