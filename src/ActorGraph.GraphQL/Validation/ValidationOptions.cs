namespace ActorGraph.GraphQL.Validation;

/// <summary>Which rules run and how many errors are reported before validation stops.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>After this many errors one more ("Too many validation errors") is added and validation stops; default 100 (as graphql-js).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The rules to run, each created anew per document; default: every rule of the specification.</summary>
    public IReadOnlyList<Func<ValidationRule>> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>Optional: the deepest field nesting an operation may reach, fragments expanded (null: no limit).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Optional: the highest estimated cost of an operation (null: no limit); see <see cref="Rules.MaximumCost"/>.</summary>
    public int? MaxCost { get; init; }

    /// <summary>Page size assumed by the cost rule for a list field without a page-size argument.</summary>
    public int DefaultListSize { get; init; } = 10;
}
