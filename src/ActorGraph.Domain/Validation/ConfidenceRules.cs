namespace ActorGraph.Domain.Validation;

/// <summary>Confidence is a number in [0, 1].</summary>
internal static class ConfidenceRules
{
    public static void Check(ValidationScope scope)
    {
        var relationships = scope.Batch.Relationships;
        for (var i = 0; i < relationships.Count; i++)
        {
            var confidence = relationships[i].Confidence;
            if (double.IsNaN(confidence) || confidence is < 0 or > 1)
            {
                scope.Add($"relationships[{i}].confidence", $"The confidence {confidence} is outside [0, 1].");
            }
        }
    }
}
