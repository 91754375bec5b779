namespace OpenData.Api.Features.Paging;

/// <summary>One page of an ordered result, with what Relay's connection needs to describe it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset, bool HasNextPage)
{
    public bool HasPreviousPage => Offset > 0;

    public string? StartCursor => Items.Count > 0 ? Cursor.Encode(Offset) : null;

    public string? EndCursor => Items.Count > 0 ? Cursor.Encode(Offset + Items.Count - 1) : null;

    public IEnumerable<(string Cursor, T Node)> Edges => Items.Select((item, i) => (Cursor.Encode(Offset + i), item));
}
