using ActorGraph.Domain.Actors;

namespace ActorGraph.Domain.Validation;

/// <summary>
/// An alias names one actor only: it may not be another actor's alias or name (ignoring case), in the batch
/// or among stored actors the batch does not replace. Two actors may share a name (two people called the same).
/// </summary>
internal static class AliasRules
{
    public static void Check(ValidationScope scope)
    {
        var actors = scope.Batch.Actors;
        var batchIds = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var claims = actors.SelectMany((actor, i) => Claims(actor, i)).Select((claim, position) => claim with { Position = position }).ToList();
        var byName = claims.ToLookup(c => c.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var alias in claims.Where(c => !c.IsName))
        {
            var rival = byName[alias.Name].FirstOrDefault(other => other.ActorId != alias.ActorId && (other.IsName || other.Position < alias.Position));
            if (rival is not null)
            {
                var what = rival.IsName ? "the name" : "an alias";
                scope.Add(alias.Path, $"The alias '{alias.Name}' of '{alias.ActorId}' is {what} of actor '{rival.ActorId}' ({rival.Path}).");
            }
        }

        foreach (var claim in claims)
        {
            var stored = scope.Known.ActorsNamed(claim.Name)
                .FirstOrDefault(a => a.Id != claim.ActorId && !batchIds.Contains(a.Id) && (!claim.IsName || !string.Equals(a.Name, claim.Name, StringComparison.OrdinalIgnoreCase)));
            if (stored is not null)
            {
                var what = claim.IsName ? "name" : "alias";
                scope.Add(claim.Path, $"The {what} '{claim.Name}' of '{claim.ActorId}' is already a name or alias of the stored actor '{stored.Id}'.");
            }
        }
    }

    private static IEnumerable<NameClaim> Claims(Actor actor, int index) =>
        actor.Aliases
            .Select((alias, j) => new NameClaim(alias, actor.Id, false, $"actors[{index}].aliases[{j}]"))
            .Prepend(new NameClaim(actor.Name, actor.Id, true, $"actors[{index}].name"));

    /// <summary>An actor's claim on a name; <see cref="Position"/> orders claims as they stand in the batch.</summary>
    private sealed record NameClaim(string Name, string ActorId, bool IsName, string Path, int Position = 0);
}
