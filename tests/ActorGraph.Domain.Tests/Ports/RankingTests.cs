using ActorGraph.Domain.Ports;

namespace ActorGraph.Domain.Tests.Ports;

public sealed class RankingTests
{
    private static readonly int[] Items = [5, 1, 9, 3, 9, 7];

    [Theory]
    [InlineData(3, new[] { 9, 9, 7 })]
    [InlineData(0, new int[0])]
    [InlineData(10, new[] { 9, 9, 7, 5, 3, 1 })]
    public void The_first_in_rank_order_come_back_sorted(int count, int[] expected)
    {
        Ranking.First(Items, count, (x, y) => y.CompareTo(x)).Should().Equal(expected);
    }
}
