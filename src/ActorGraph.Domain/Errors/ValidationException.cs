namespace ActorGraph.Domain.Errors;

/// <summary>One problem found by validation: where it is (a JSON pointer or a field path) and what is wrong.</summary>
public sealed record ValidationIssue(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>Input was rejected; <see cref="Issues"/> lists every problem found, not just the first.</summary>
public sealed class ValidationException : DomainException
{
    public ValidationException(IReadOnlyList<ValidationIssue> issues)
        : base("INVALID_INPUT", Describe(issues))
    {
        Issues = issues;
    }

    public ValidationException(string path, string message)
        : this([new ValidationIssue(path, message)])
    {
    }

    public IReadOnlyList<ValidationIssue> Issues { get; }

    private static string Describe(IReadOnlyList<ValidationIssue> issues) => issues.Count switch
    {
        0 => "The input is invalid.",
        1 => issues[0].ToString(),
        _ => $"{issues.Count} problems: " + string.Join("; ", issues.Take(10)) + (issues.Count > 10 ? "; ..." : string.Empty),
    };
}
