using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Validation.Rules;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (specification §5). Every error has code
/// GRAPHQL_VALIDATION_FAILED (the optional limits have their own codes); an empty list means valid.
/// </summary>
public static class Validator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var rules = new List<ValidationRule>(options.Rules.Count + 2);
        foreach (var create in options.Rules)
        {
            rules.Add(create());
        }

        if (options.MaxDepth is { } maxDepth)
        {
            rules.Add(new MaximumDepth(maxDepth));
        }

        if (options.MaxCost is { } maxCost)
        {
            rules.Add(new MaximumCost(maxCost, options.DefaultListSize));
        }

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var walker = new RuleWalker(typeInfo, rules);
        var context = new ValidationContext(schema, document, typeInfo, () => walker.Path, errors, options.MaxErrors);
        try
        {
            walker.Run(document, context);
        }
        catch (ValidationAbortedException)
        {
            // The cap was reached; the errors so far (and the "too many" error) are the result.
        }

        return errors;
    }
}
