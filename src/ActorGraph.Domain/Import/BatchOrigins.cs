using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ActorGraph.Domain.Errors;

namespace ActorGraph.Domain.Import;

/// <summary>
/// Remembers which file and position each record of a combined batch came from, to turn a validator path
/// (<c>relationships[12].evidence[0].start</c>) into <c>file#/relationships/3/evidence/0/start</c>.
/// </summary>
internal sealed partial class BatchOrigins
{
    private readonly Dictionary<string, List<(string File, int Index)>> _byCollection = new(StringComparer.Ordinal);

    public BatchOrigins(IReadOnlyList<LoadedFile> files)
    {
        var withoutReportedOn = new List<int>();
        foreach (var file in files)
        {
            var batch = file.Content.Batch;
            var relationshipOffset = Positions("relationships").Count;
            withoutReportedOn.AddRange(file.Content.RelationshipsWithoutReportedOn.Select(i => relationshipOffset + i));
            Record("documents", file.Name, batch.Documents.Count);
            Record("actors", file.Name, batch.Actors.Count);
            Record("affiliations", file.Name, batch.Affiliations.Count);
            Record("events", file.Name, batch.Events.Count);
            Record("relationships", file.Name, batch.Relationships.Count);
        }

        RelationshipsWithoutReportedOn = withoutReportedOn;
    }

    /// <summary>Indices into the combined batch's relationships of those that gave no <c>reportedOn</c>.</summary>
    public IReadOnlyList<int> RelationshipsWithoutReportedOn { get; }

    public ValidationIssue Locate(ValidationIssue issue)
    {
        var match = RecordPath().Match(issue.Path);
        if (!match.Success || !_byCollection.TryGetValue(match.Groups["collection"].Value, out var positions))
        {
            return issue;
        }

        var (file, index) = positions[int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)];
        var pointer = new StringBuilder(JsonPointer.Append(JsonPointer.Append(string.Empty, match.Groups["collection"].Value), index));
        foreach (Match step in FieldStep().Matches(match.Groups["rest"].Value))
        {
            pointer.Append('/').Append(step.Groups["name"].Success ? step.Groups["name"].Value : step.Groups["position"].Value);
        }

        return issue with { Path = $"{file}#{pointer}" };
    }

    private List<(string File, int Index)> Positions(string collection)
    {
        if (!_byCollection.TryGetValue(collection, out var positions))
        {
            positions = [];
            _byCollection[collection] = positions;
        }

        return positions;
    }

    private void Record(string collection, string file, int count) =>
        Positions(collection).AddRange(Enumerable.Range(0, count).Select(i => (file, i)));

    [GeneratedRegex(@"\A(?<collection>[a-z]+)\[(?<index>[0-9]+)\](?<rest>.*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecordPath();

    [GeneratedRegex(@"\.(?<name>[A-Za-z]+)|\[(?<position>[0-9]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex FieldStep();
}
