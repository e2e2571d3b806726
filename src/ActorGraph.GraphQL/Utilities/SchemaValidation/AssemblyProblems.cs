using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Utilities.SchemaValidation;

/// <summary>References in SDL that the schema model cannot hold, kept so validation reports them in order.</summary>
internal sealed class AssemblyProblems
{
    /// <summary>Root operation types that are not object types, with where they were named.</summary>
    public List<(OperationType Operation, NamedType Type, Node? Location)> InvalidRoots { get; } = [];

    /// <summary>Implemented types that are not interfaces, and union members that are not objects.</summary>
    public List<(string OwnerName, NamedTypeNode Node, NamedType Type)> InvalidReferences { get; } = [];
}
