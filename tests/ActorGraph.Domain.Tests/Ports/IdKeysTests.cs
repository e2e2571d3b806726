using ActorGraph.Domain.Ports;

namespace ActorGraph.Domain.Tests.Ports;

public sealed class IdKeysTests
{
    [Fact]
    public void Each_distinct_id_gets_the_next_key_whether_given_as_a_string_or_as_characters()
    {
        var keys = new IdKeys();

        var qatar = keys.Key("qatar");
        var hamas = keys.Key("hamas".AsSpan());

        keys.Key("qatar".AsSpan()).Should().Be(qatar);
        keys.Key(new string("hamas".ToCharArray())).Should().Be(hamas);
        (qatar, hamas).Should().Be((0, 1));
        keys.Ids.Should().Equal("qatar", "hamas");
    }
}
