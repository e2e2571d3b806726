using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;
using ActorGraph.GraphQL.Utilities.SchemaValidation;

namespace ActorGraph.GraphQL.Utilities;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (schema-first): type definitions, extensions, schema definition
/// and extensions, directive definitions, descriptions, defaults and deprecations. The SDL document is
/// checked first (unique names, known types and directives, ...), then the built schema against the
/// specification's type-system rules; every problem found is reported together.
/// </summary>
public static class SchemaBuilder
{
    /// <exception cref="GraphQLSyntaxError">The SDL does not parse.</exception>
    /// <exception cref="SchemaValidationException">The SDL or the schema it describes is invalid.</exception>
    public static Schema FromSdl(string sdl, SchemaBuilderOptions? options = null)
    {
        options ??= SchemaBuilderOptions.Default;
        return FromDocument(Parser.Parse(new Source(sdl, "schema"), options.ParserOptions), options);
    }

    /// <exception cref="SchemaValidationException">The SDL or the schema it describes is invalid.</exception>
    public static Schema FromDocument(DocumentNode document, SchemaBuilderOptions? options = null)
    {
        options ??= SchemaBuilderOptions.Default;
        var documentErrors = SdlDocumentValidator.Validate(document);
        if (documentErrors.Count > 0)
        {
            throw new SchemaValidationException(documentErrors);
        }

        var assembler = new SdlSchemaAssembler(document, options);
        var schema = assembler.Assemble();
        if (!options.AssumeValid)
        {
            var errors = SchemaValidator.Validate(schema, assembler.Problems);
            if (errors.Count > 0)
            {
                throw new SchemaValidationException(errors);
            }
        }

        return schema;
    }
}
