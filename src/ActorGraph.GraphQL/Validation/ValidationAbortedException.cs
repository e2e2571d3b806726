namespace ActorGraph.GraphQL.Validation;

/// <summary>Stops the walk once the error cap is reached; the validator catches it and returns the errors so far.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Too many validation errors.")
    {
    }
}
