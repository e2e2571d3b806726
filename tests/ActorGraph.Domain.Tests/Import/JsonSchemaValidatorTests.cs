using System.Text.Json;
using ActorGraph.Domain.Import;

namespace ActorGraph.Domain.Tests.Import;

public class JsonSchemaValidatorTests
{
    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["id"],
          "properties": {
            "id": { "$ref": "#/$defs/slug" },
            "count": { "type": "integer", "minimum": 0, "maximum": 10 },
            "kind": { "enum": ["a", "b"] },
            "version": { "const": 2 },
            "tags": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 2 } },
            "parent": { "anyOf": [{ "$ref": "#/$defs/slug" }, { "type": "null" }] },
            "either": { "oneOf": [{ "type": "number" }, { "type": "integer" }] },
            "extra": { "type": "object", "additionalProperties": { "type": "string" } },
            "a/b": { "type": "boolean" }
          },
          "$defs": { "slug": { "type": "string", "pattern": "^[a-z]+$" } }
        }
        """;

    private static IReadOnlyList<SchemaError> Validate(string json)
    {
        using var schema = JsonDocument.Parse(Schema);
        using var instance = JsonDocument.Parse(json);
        return new JsonSchemaValidator(schema.RootElement).Validate(instance.RootElement);
    }

    private static SchemaError Single(string json) => Validate(json).Should().ContainSingle().Subject;

    [Fact]
    public void A_conforming_document_has_no_errors()
    {
        Validate("""{ "id": "abc", "count": 3.0, "kind": "a", "version": 2, "tags": ["xy"], "parent": null, "either": 1.5, "extra": { "k": "v" }, "a/b": true }""")
            .Should().BeEmpty();
    }

    [Fact]
    public void Reports_a_missing_required_property_at_its_object()
    {
        Single("{}").Should().Be(new SchemaError(string.Empty, "the required property 'id' is missing"));
    }

    [Fact]
    public void Reports_an_unknown_property_at_its_pointer_with_the_allowed_names()
    {
        var error = Single("""{ "id": "abc", "colour": "red" }""");

        error.Pointer.Should().Be("/colour");
        error.Reason.Should().StartWith("the property 'colour' is not allowed here (allowed: id, count,");
    }

    [Fact]
    public void Escapes_pointer_tokens()
    {
        Single("""{ "id": "abc", "a/b": 1 }""").Pointer.Should().Be("/a~1b");
    }

    [Theory]
    [InlineData("""{ "id": "ABC" }""", "/id", "\"ABC\" does not match the pattern ^[a-z]+$")]
    [InlineData("""{ "id": "abc\n" }""", "/id", "\"abc\\n\" does not match the pattern ^[a-z]+$")]
    [InlineData("""{ "id": 5 }""", "/id", "expected string, found the number 5")]
    [InlineData("""{ "id": "abc", "count": 1.5 }""", "/count", "expected integer, found the number 1.5")]
    [InlineData("""{ "id": "abc", "count": -1 }""", "/count", "-1 is less than the minimum 0")]
    [InlineData("""{ "id": "abc", "count": 11 }""", "/count", "11 is greater than the maximum 10")]
    [InlineData("""{ "id": "abc", "kind": "c" }""", "/kind", "\"c\" is not one of \"a\", \"b\"")]
    [InlineData("""{ "id": "abc", "version": 3 }""", "/version", "3 is not the required value 2")]
    [InlineData("""{ "id": "abc", "tags": [] }""", "/tags", "has 0 item(s); at least 1 required")]
    [InlineData("""{ "id": "abc", "tags": ["ok", "x"] }""", "/tags/1", "is shorter than 2 character(s)")]
    [InlineData("""{ "id": "abc", "extra": { "k": 1 } }""", "/extra/k", "expected string, found the number 1")]
    [InlineData("""{ "id": "abc", "either": 2 }""", "/either", "matches 2 of the forms where exactly one is allowed")]
    [InlineData("""{ "id": "abc", "parent": 7 }""", "/parent", "matches none of the allowed forms: (1) expected string, found the number 7 (2) expected null, found the number 7")]
    public void Reports_each_keyword_with_pointer_and_reason(string json, string pointer, string reason)
    {
        Single(json).Should().Be(new SchemaError(pointer, reason));
    }

    [Fact]
    public void Counts_string_length_in_code_points()
    {
        Single("""{ "id": "abc", "tags": ["😀"] }""").Pointer.Should().Be("/tags/0");
        Validate("""{ "id": "abc", "tags": ["😀😀"] }""").Should().BeEmpty();
    }

    [Fact]
    public void Reports_every_error_not_just_the_first()
    {
        Validate("""{ "id": "X", "count": -3, "kind": "z" }""").Select(e => e.Pointer).Should().Equal("/id", "/count", "/kind");
    }

    [Fact]
    public void Refuses_a_schema_with_a_keyword_it_does_not_implement()
    {
        using var schema = JsonDocument.Parse("""{ "properties": { "id": { "type": "string", "format": "email" } } }""");

        FluentActions.Invoking(() => new JsonSchemaValidator(schema.RootElement))
            .Should().Throw<NotSupportedException>().WithMessage("The schema keyword 'format' at '#/properties/id' is not supported*");
    }

    [Fact]
    public void Refuses_a_schema_with_a_reference_to_nothing()
    {
        using var schema = JsonDocument.Parse("""{ "items": { "$ref": "#/$defs/missing" } }""");

        FluentActions.Invoking(() => new JsonSchemaValidator(schema.RootElement))
            .Should().Throw<InvalidOperationException>().WithMessage("The schema reference '#/$defs/missing' points to nothing.");
    }
}
