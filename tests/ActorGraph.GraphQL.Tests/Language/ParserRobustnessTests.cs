using System.Text;
using ActorGraph.GraphQL.Errors;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

/// <summary>Seeded mutations of the corpus: every input either parses or fails with a syntax error, never anything else.</summary>
public class ParserRobustnessTests
{
    private static readonly byte[] Alphabet = "{}()[]!$&:=@|.\"\\#,\n \tae0-9_uE+\u00e9"u8.ToArray();

    [Theory]
    [InlineData(Corpus.KitchenSinkQuery, 1)]
    [InlineData(Corpus.KitchenSinkSchema, 2)]
    public void Mutated_documents_parse_or_fail_with_a_syntax_error(string document, int seed)
    {
        var random = new Random(seed);
        var original = Encoding.UTF8.GetBytes(document);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 800; i++)
        {
            var mutated = Mutate(original, random);
            string outcome;
            try
            {
                var printed = AstPrinter.Print(Parser.Parse(new Source(mutated), ParserOptions.Schema));
                AstPrinter.Print(Parser.Parse(printed, ParserOptions.Schema)).Should().Be(printed);
                outcome = "parsed";
            }
            catch (GraphQLSyntaxError error)
            {
                error.Line.Should().BePositive();
                error.Column.Should().BePositive();
                outcome = "syntax error";
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        outcomes.Keys.Should().BeEquivalentTo("parsed", "syntax error");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                case 2: bytes[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                default: bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at)); break;
            }
        }

        return [.. bytes];
    }
}
