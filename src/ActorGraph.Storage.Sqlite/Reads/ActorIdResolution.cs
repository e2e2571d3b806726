namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>
/// SQL that turns a JSON list of actor ids into the ids stored relationships carry: a merged id becomes its
/// survivor (merges are one level deep: merging into an actor re-points the actors merged into the loser).
/// </summary>
internal static class ActorIdResolution
{
    /// <summary>A common table expression <c>{name}(id)</c> over the JSON list bound to <paramref name="parameter"/>.</summary>
    public static string Cte(string name, string parameter) =>
        $"{name}(id) AS (SELECT DISTINCT COALESCE(a.merged_into, j.value) FROM json_each({parameter}) j LEFT JOIN actors a ON a.id = j.value)";
}
