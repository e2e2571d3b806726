using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Vocabulary;

namespace ActorGraph.Domain.Tests.Vocabulary;

public class RelationshipVocabularyTests
{
    private static readonly string[] InteractionCodes =
    [
        "MEDIATES", "MEETS", "NEGOTIATES_WITH", "COMMUNICATES_WITH", "VISITS", "HOSTS", "PRESSURES", "CALLS_ON",
        "SUPPORTS", "PRAISES", "AIDS", "COOPERATES_WITH", "AGREES_WITH", "RELEASES_TO", "OPPOSES", "CRITICISES",
        "CONDEMNS", "ACCUSES", "REJECTS", "THREATENS", "SANCTIONS", "ATTACKS", "FIGHTS",
    ];

    private static readonly string[] AffiliationCodes = ["LEADS", "SERVES_IN", "SPOKESPERSON_FOR", "MEMBER_OF", "PART_OF", "REPRESENTS"];

    private static readonly string[] SymmetricCodes = ["MEETS", "NEGOTIATES_WITH", "COMMUNICATES_WITH", "COOPERATES_WITH", "AGREES_WITH", "FIGHTS"];

    // The PLOVER codebook's categories plus POLECAT's renamings of two of them (DEMAND → REQUEST, DISAPPROVE → ACCUSE).
    private static readonly string[] PloverCategories =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
        "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REQUEST", "ACCUSE",
    ];

    private static RelationshipVocabulary Vocabulary => RelationshipVocabulary.Default;

    [Fact]
    public void Holds_every_interaction_and_affiliation_type_of_the_format()
    {
        Vocabulary.Interactions.Select(t => t.Code).Should().BeEquivalentTo(InteractionCodes);
        Vocabulary.Affiliations.Select(t => t.Code).Should().BeEquivalentTo(AffiliationCodes);
    }

    [Fact]
    public void Every_type_is_described_and_labelled()
    {
        Vocabulary.All.Should().AllSatisfy(t =>
        {
            t.Description.Should().NotBeNullOrWhiteSpace();
            t.Label.Should().NotBeNullOrWhiteSpace();
            t.Code.Should().MatchRegex("^[A-Z]+(_[A-Z]+)*$");
        });
    }

    [Fact]
    public void Interactions_carry_CAMEO_codes_and_a_PLOVER_category()
    {
        Vocabulary.Interactions.Should().AllSatisfy(t =>
        {
            t.CameoCodes.Should().NotBeEmpty().And.AllSatisfy(c => c.Should().MatchRegex("^[0-9]{2,4}$"));
            t.PloverCategory.Should().BeOneOf(PloverCategories);
        });
    }

    [Fact]
    public void Mediation_maps_to_CAMEO_045()
    {
        Vocabulary.Get("MEDIATES").CameoCodes.Should().Contain("045");
    }

    [Fact]
    public void Exactly_the_starred_types_are_symmetric()
    {
        Vocabulary.All.Where(t => t.Symmetric).Select(t => t.Code).Should().BeEquivalentTo(SymmetricCodes);
        Vocabulary.IsSymmetric("MEETS").Should().BeTrue();
        Vocabulary.IsSymmetric("MEDIATES").Should().BeFalse();
        Vocabulary.IsSymmetric("NO_SUCH_TYPE").Should().BeFalse();
    }

    [Fact]
    public void No_type_allows_self_relationships()
    {
        Vocabulary.All.Should().AllSatisfy(t => t.AllowsSelf.Should().BeFalse());
    }

    [Fact]
    public void Looks_codes_up_exactly()
    {
        Vocabulary.Contains("MEETS").Should().BeTrue();
        Vocabulary.Find("meets").Should().BeNull();
        Vocabulary.Get("LEADS").Category.Should().Be(RelationshipCategory.Affiliation);
        FluentActions.Invoking(() => Vocabulary.Get("LIKES")).Should().Throw<KeyNotFoundException>().WithMessage("'LIKES'*");
    }
}
