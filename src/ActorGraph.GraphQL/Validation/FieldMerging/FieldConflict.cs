using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation.FieldMerging;

/// <summary>Two selections of one response name that cannot merge, why, and the field nodes on each side.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
