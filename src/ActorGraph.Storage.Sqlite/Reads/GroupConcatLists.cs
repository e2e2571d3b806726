using System.Globalization;

namespace ActorGraph.Storage.Sqlite.Reads;

/// <summary>Reads <c>group_concat</c> lists straight from SQLite's UTF-8 text (ids are slugs, so they hold no comma).</summary>
internal static class GroupConcatLists
{
    /// <summary>Walks a list of ids and the list of row ids built beside it (in the same order), pair by pair.</summary>
    public static PairEnumerator Pairs(ReadOnlySpan<byte> ids, ReadOnlySpan<byte> rowIds) => new(ids, rowIds);

    /// <summary>An id and its row id.</summary>
    public readonly ref struct Pair(ReadOnlySpan<byte> id, long rowId)
    {
        public ReadOnlySpan<byte> Id { get; } = id;

        public long RowId { get; } = rowId;
    }

    public ref struct PairEnumerator(ReadOnlySpan<byte> ids, ReadOnlySpan<byte> rowIds)
    {
        private readonly ReadOnlySpan<byte> _ids = ids;
        private readonly ReadOnlySpan<byte> _rowIds = rowIds;
        private MemoryExtensions.SpanSplitEnumerator<byte> _idRanges = ids.Split((byte)',');
        private MemoryExtensions.SpanSplitEnumerator<byte> _rowIdRanges = rowIds.Split((byte)',');

        public readonly Pair Current => new(_ids[_idRanges.Current], long.Parse(_rowIds[_rowIdRanges.Current], CultureInfo.InvariantCulture));

        public readonly PairEnumerator GetEnumerator() => this;

        /// <exception cref="FormatException">The two lists are not the same length.</exception>
        public bool MoveNext()
        {
            var moreIds = _idRanges.MoveNext();
            return moreIds == _rowIdRanges.MoveNext()
                ? moreIds
                : throw new FormatException("A list of ids and its list of row ids differ in length.");
        }
    }
}
