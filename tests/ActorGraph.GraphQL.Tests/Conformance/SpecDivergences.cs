namespace ActorGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Corpus documents on which graphql-js 16 and the September 2025 specification disagree. The engine follows
/// the specification; each entry names the verdict the specification gives and why graphql-js differs.
/// (Operation Type Existence is not listed: the harness adds that rule to graphql-js, see graphql-js-verdicts.mjs.)
/// </summary>
public static class SpecDivergences
{
    public static IReadOnlyDictionary<string, (string Outcome, string Reason)> ByDocument { get; } = new Dictionary<string, (string, string)>
    {
        ["oneof/nullable-variable-in-non-null-oneof-argument"] = ("invalid",
            "§5.8.5 IsNonNullPosition: a field of a OneOf input object is a non-null position; graphql-js 16 checks this only when the OneOf object is a nullable argument, not a non-null one (PetBy!)."),
        ["oneof/nullable-variable-in-oneof-list-item"] = ("invalid",
            "§5.8.5 IsNonNullPosition: also inside a list of OneOf input objects; graphql-js 16 does not look through the list type."),
        ["oneof/nullable-variable-with-default-in-oneof-field"] = ("valid",
            "§5.8.5 IsVariableUsageAllowed: a nullable variable with a non-null default may fill a non-null position, OneOf fields included; graphql-js 16 rejects every nullable variable there."),
    };
}
