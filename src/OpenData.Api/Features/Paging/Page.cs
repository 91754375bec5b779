namespace OpenData.Api.Features.Paging;

/// <summary>
/// One page of an ordered result, each item with its cursor, and what Relay's connection needs to describe it;
/// <see cref="TotalCount"/> is null where the request did not ask for it (<see cref="PageRequest.CountTotal"/>).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, int? TotalCount, bool HasPreviousPage, bool HasNextPage)
{
    public string? StartCursor => Cursors.Count > 0 ? Cursors[0] : null;

    public string? EndCursor => Cursors.Count > 0 ? Cursors[^1] : null;

    public IEnumerable<(string Cursor, T Node)> Edges => Cursors.Zip(Items);

    /// <summary>A page of a result ordered by position: each cursor is the item's offset.</summary>
    public static Page<T> AtOffset(IReadOnlyList<T> items, int offset, int? totalCount, bool hasNextPage) =>
        new(items, items.Select((_, i) => Cursor.Encode(offset + i)).ToList(), totalCount, offset > 0, hasNextPage);

    /// <summary>The same page with each item replaced, cursors kept.</summary>
    public Page<TOther> Select<TOther>(Func<T, TOther> map) => new(Items.Select(map).ToList(), Cursors, TotalCount, HasPreviousPage, HasNextPage);
}
