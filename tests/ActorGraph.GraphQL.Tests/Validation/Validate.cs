using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Tests.Conformance;
using ActorGraph.GraphQL.Validation;

namespace ActorGraph.GraphQL.Tests.Validation;

/// <summary>Parses and validates against the conformance corpus's Star Wars schema.</summary>
internal static class Validate
{
    /// <summary>Generous parser limits, so the validator (not the parser) meets large documents.</summary>
    public static ParserOptions Unlimited { get; } = new() { MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue, MaxDepth = 1_000 };

    public static IReadOnlyList<GraphQLError> Document(string text, ValidationOptions? options = null, ParserOptions? parserOptions = null) =>
        Validator.Validate(ConformanceCorpus.Schema("starwars"), Parser.Parse(new Source(text), parserOptions), options);

    /// <summary>The errors a request would get: the syntax error, or the validation errors. Any other exception escapes.</summary>
    public static IReadOnlyList<GraphQLError> Request(string text, ParserOptions? parserOptions = null)
    {
        try
        {
            return Document(text, parserOptions: parserOptions);
        }
        catch (GraphQLSyntaxError error)
        {
            return [error];
        }
    }
}
