using ActorGraph.Server.Auth;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary>
/// The role each mutation needs. One table serves both the check of a whole operation before it runs
/// (<see cref="MutationPreCheck"/>) and each mutation's own guard (<see cref="MutationGuard"/>).
/// </summary>
public static class MutationRoles
{
    private static readonly Dictionary<string, Role> Required = new(StringComparer.Ordinal)
    {
        ["createActor"] = Role.Editor,
        ["updateActor"] = Role.Editor,
        ["addAlias"] = Role.Editor,
        ["mergeActors"] = Role.Admin,
        ["undoMerge"] = Role.Admin,
        ["addDocument"] = Role.Editor,
        ["addRelationship"] = Role.Editor,
        ["retractRelationship"] = Role.Editor,
        ["createEvent"] = Role.Editor,
        ["importBatch"] = Role.Editor,
    };

    public static IReadOnlyCollection<string> Fields => Required.Keys;

    /// <summary>The role that every mutation allows: a caller who has it needs no check of the whole operation.</summary>
    public static Role Highest { get; } = Required.Values.Max();

    /// <summary>False for a field that is not a mutation (such as <c>__typename</c>).</summary>
    public static bool TryGet(string field, out Role role) => Required.TryGetValue(field, out role);

    public static Role Of(string field) =>
        TryGet(field, out var role) ? role : throw new InvalidOperationException($"The mutation '{field}' has no role in {nameof(MutationRoles)}.");
}
