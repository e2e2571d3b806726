using ActorGraph.Domain.Ports;

namespace ActorGraph.Domain.Tests.Ports;

public sealed class IdKeysTests
{
    [Fact]
    public void Each_distinct_id_gets_the_next_key_and_keys_compare_as_their_ids()
    {
        var keys = new IdKeys();

        var qatar = keys.Key("qatar");
        var hamas = keys.Key("hamas");

        keys.Key(new string("qatar".ToCharArray())).Should().Be(qatar);
        (qatar, hamas, keys.Count).Should().Be((0, 1, 2));
        (keys.Id(qatar), keys.Id(hamas)).Should().Be(("qatar", "hamas"));
        keys.CompareIds(hamas, qatar).Should().BeNegative();
        keys.CompareIds(qatar, qatar).Should().Be(0);
    }
}
