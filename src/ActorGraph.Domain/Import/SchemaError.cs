namespace ActorGraph.Domain.Import;

/// <summary>One place where a JSON document breaks its schema: a JSON pointer into the document and the reason.</summary>
public sealed record SchemaError(string Pointer, string Reason)
{
    public override string ToString() => $"#{Pointer}: {Reason}";
}
