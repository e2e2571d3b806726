namespace ActorGraph.Benchmarks.Synthetic;

/// <summary>
/// Draws indexes 0..n-1 with probability proportional to 1 / (rank + 1)^exponent, where ranks are a seeded
/// shuffle of the indexes (so the hubs are not simply the first ids).
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;
    private readonly int[] _indexOfRank;

    public ZipfSampler(int count, double exponent, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += Math.Pow(rank + 1, -exponent);
            _cumulative[rank] = total;
        }

        _indexOfRank = [.. Enumerable.Range(0, count)];
        random.Shuffle(_indexOfRank);
    }

    public int Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var target = random.NextDouble() * _cumulative[^1];
        var rank = Array.BinarySearch(_cumulative, target);
        return _indexOfRank[rank >= 0 ? rank : Math.Min(~rank, _cumulative.Length - 1)];
    }
}
