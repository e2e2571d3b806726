using System.Globalization;
using ActorGraph.Algorithms.Neighbourhoods;
using ActorGraph.Domain.Errors;
using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Server.Exports;

/// <summary>
/// What to export: the neighbourhood of <see cref="Ids"/> (the same filters as the <c>neighbourhood</c> query), or the
/// whole graph when no id is given.
/// </summary>
public sealed record ExportRequest(IReadOnlyList<string> Ids, int Depth, int Limit, EdgeFilter Filter)
{
    public const int DefaultDepth = 1;
    public const int DefaultLimit = 200;

    public bool WholeGraph => Ids.Count == 0;

    /// <summary>
    /// Reads <c>ids</c>, <c>depth</c>, <c>limit</c>, <c>types</c>, <c>direction</c>, <c>from</c>, <c>to</c>,
    /// <c>modalities</c>, <c>minConfidence</c>, <c>document</c> and <c>includeRetracted</c>; lists may be repeated
    /// parameters or comma-separated.
    /// </summary>
    /// <exception cref="ValidationException">A parameter cannot be read; every problem is listed.</exception>
    public static ExportRequest Parse(Func<string, IReadOnlyList<string>> parameter, RelationshipVocabulary vocabulary)
    {
        var issues = new List<ValidationIssue>();
        IReadOnlyList<string> List(string name) =>
            [.. parameter(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        string? Single(string name) => parameter(name) is { Count: > 0 } values ? values[^1] : null;

        int Int(string name, int fallback, int min, int max)
        {
            if (Single(name) is not { } text)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            issues.Add(new ValidationIssue(name, $"'{text}' is not a whole number from {min} to {max}."));
            return fallback;
        }

        DateOnly? Day(string name)
        {
            if (Single(name) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            issues.Add(new ValidationIssue(name, $"'{text}' is not a day written yyyy-MM-dd."));
            return null;
        }

        TEnum? Enum<TEnum>(string name, string text)
            where TEnum : struct, Enum
        {
            if (System.Enum.TryParse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && System.Enum.IsDefined(value))
            {
                return value;
            }

            issues.Add(new ValidationIssue(name, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}."));
            return null;
        }

        var types = List("types");
        foreach (var unknown in types.Where(t => !vocabulary.Contains(t)))
        {
            issues.Add(new ValidationIssue("types", $"'{unknown}' is not a relationship type of the vocabulary."));
        }

        var direction = Single("direction") is { } d ? Enum<Direction>("direction", d) ?? Direction.Any : Direction.Any;
        var modalities = List("modalities").Select(m => Enum<Modality>("modalities", m)).OfType<Modality>().ToHashSet();
        var minConfidence = 0.0;
        if (Single("minConfidence") is { } confidence
            && !(double.TryParse(confidence, NumberStyles.Float, CultureInfo.InvariantCulture, out minConfidence) && minConfidence is >= 0 and <= 1))
        {
            issues.Add(new ValidationIssue("minConfidence", $"'{confidence}' is not a number from 0 to 1."));
        }

        var from = Day("from");
        var to = Day("to");
        if (from > to)
        {
            issues.Add(new ValidationIssue("to", "The window ends before it starts."));
        }

        var request = new ExportRequest(
            List("ids"),
            Int("depth", DefaultDepth, 0, NeighbourhoodQuery.MaxDepth),
            Int("limit", DefaultLimit, 1, NeighbourhoodQuery.MaxNodeCap),
            new EdgeFilter
            {
                Types = types.Count > 0 ? types.ToHashSet(StringComparer.Ordinal) : null,
                Direction = direction,
                Window = new DateWindow(from, to),
                Modalities = modalities.Count > 0 ? modalities : null,
                MinConfidence = minConfidence,
                DocumentId = Single("document"),
                IncludeRetracted = Single("includeRetracted") is "true" or "1",
            });
        return issues.Count == 0 ? request : throw new ValidationException(issues);
    }
}
