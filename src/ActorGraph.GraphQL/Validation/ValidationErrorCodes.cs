namespace ActorGraph.GraphQL.Validation;

/// <summary>Codes of the optional limit rules (the specification's rules use GRAPHQL_VALIDATION_FAILED).</summary>
public static class ValidationErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
}
