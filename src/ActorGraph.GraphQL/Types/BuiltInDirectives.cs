using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Types;

/// <summary>The directives the specification defines: @include, @skip, @deprecated, @specifiedBy and @oneOf.</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Included when true.")],
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true.")],
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [
            new InputValueDefinition(
                "reason",
                BuiltInScalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                new StringValueNode(DefaultDeprecationReason)),
        ],
        description: "Marks an element of a GraphQL schema as no longer supported.");

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar.")],
        description: "Exposes a URL that specifies the behavior of this scalar.");

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All of them, in graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(string name) => All.Any(d => d.Name == name);

    /// <summary>The deprecation reason given by an applied @deprecated, or null when there is none.</summary>
    public static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != Deprecated.Name)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "reason" && argument.Value is StringValueNode reason)
                {
                    return reason.Value;
                }
            }

            return DefaultDeprecationReason;
        }

        return null;
    }

    /// <summary>The URL given by an applied @specifiedBy, or null.</summary>
    public static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == SpecifiedBy.Name)?.Arguments
            .FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url ? url.Value : null;
}
