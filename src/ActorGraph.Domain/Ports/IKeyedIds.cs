namespace ActorGraph.Domain.Ports;

/// <summary>Ids given dense integer keys (0, 1, 2, ... in the order first met): what a tally over keys needs of them.</summary>
public interface IKeyedIds
{
    /// <summary>How many ids have a key.</summary>
    int Count { get; }

    /// <summary>The id with this key.</summary>
    string Id(int key);

    /// <summary>Orders two keys as their ids compare ordinally.</summary>
    int CompareIds(int x, int y);
}
