using System.Globalization;
using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Time;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// A deterministic synthetic graph: <c>actors</c> actors and <c>relationships</c> dated relationships whose two ends
/// are drawn from a Zipf distribution over the actors (skewed, power-law-like degrees; self-relationships redrawn),
/// with interaction types of the vocabulary, dates between October 2023 and December 2024 (mostly days, some months,
/// a few undated), and one to three pieces of evidence each, quoting real sentences of synthetic documents at their offsets.
/// The same seed gives the same graph.
/// </summary>
public sealed class SyntheticGraph
{
    private const int SentencesPerDocument = 200;
    private static readonly DateOnly FirstDay = new(2023, 10, 1);
    private const int Days = 457;

    private SyntheticGraph(IReadOnlyList<Document> documents, IReadOnlyList<Actor> actors, IReadOnlyList<Relationship> relationships)
    {
        Documents = documents;
        Actors = actors;
        Relationships = relationships;
    }

    public IReadOnlyList<Document> Documents { get; }

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public static string ActorId(int index) => "actor-" + index.ToString("D7", CultureInfo.InvariantCulture);

    public static SyntheticGraph Generate(int actorCount, int relationshipCount, double zipfExponent, int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, Math.Max(10, relationshipCount / 1_000)).Select(MakeDocument).ToList();
        var actors = Enumerable.Range(0, actorCount).Select(i => MakeActor(i, random)).ToList();
        var sampler = new ZipfSampler(actorCount, zipfExponent, random);
        var types = RelationshipVocabulary.Default.Interactions.Select(t => t.Code).ToArray();
        var relationships = new List<Relationship>(relationshipCount);
        for (var i = 0; i < relationshipCount; i++)
        {
            var source = sampler.Next(random);
            int target;
            do
            {
                target = sampler.Next(random);
            }
            while (target == source);

            relationships.Add(MakeRelationship(i, ActorId(source), ActorId(target), types[random.Next(types.Length)], documents, random));
        }

        return new SyntheticGraph(documents, actors, relationships);
    }

    private static Actor MakeActor(int index, Random random)
    {
        var kind = random.Next(10) switch
        {
            < 5 => ActorKind.Person,
            < 7 => ActorKind.State,
            < 8 => ActorKind.Agency,
            < 9 => ActorKind.ArmedGroup,
            _ => ActorKind.IntergovernmentalOrganisation,
        };
        return new Actor { Id = ActorId(index), Name = $"Synthetic actor {index}", Kind = kind, Description = "Generated for benchmarks." };
    }

    private static Document MakeDocument(int index)
    {
        var text = string.Concat(Enumerable.Range(0, SentencesPerDocument).Select(s => Sentence(index, s) + " "));
        return new Document
        {
            Id = "synthetic-doc-" + index.ToString("D5", CultureInfo.InvariantCulture),
            Title = $"Synthetic document {index}",
            PublishedOn = FirstDay.AddDays(index % Days),
            Text = text,
        };
    }

    private static string Sentence(int document, int sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"Claim {sentence:D3} of document {document:D5}.");

    private static Relationship MakeRelationship(int index, string source, string target, string type, List<Document> documents, Random random)
    {
        var day = FirstDay.AddDays(random.Next(Days));
        var dateKind = random.Next(20);
        FuzzyDate? date = dateKind switch
        {
            0 => null,
            < 4 => FuzzyDate.Month(day.Year, day.Month),
            _ => FuzzyDate.Day(day),
        };
        var evidence = Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
        {
            var document = random.Next(documents.Count);
            var sentence = random.Next(SentencesPerDocument);
            var quote = Sentence(document, sentence);
            var start = sentence * (quote.Length + 1);
            return new Evidence(documents[document].Id, quote, start, start + quote.Length);
        }).ToList();
        return new Relationship
        {
            Id = "rel-" + index.ToString("D8", CultureInfo.InvariantCulture),
            Type = type,
            SourceId = source,
            TargetId = target,
            Date = date,
            ReportedOn = day.AddDays(random.Next(4)),
            Modality = random.Next(10) == 0 ? Modality.Planned : Modality.Reported,
            Confidence = 0.5 + (random.Next(6) / 10.0),
            Evidence = evidence,
        };
    }
}
