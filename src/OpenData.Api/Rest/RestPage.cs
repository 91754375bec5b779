using OpenData.Api.Features.Paging;

namespace OpenData.Api.Rest;

/// <summary>
/// One page of a REST list: the items, how many match in all, and the cursor for the next page (null on the last),
/// passed back as <c>cursor</c>. The cursors are the GraphQL connections' own, so a client may switch doors.
/// </summary>
public sealed record RestPage<T>(IReadOnlyList<T> Items, int TotalCount, string? NextCursor)
{
    public static RestPage<T> Of<TView>(Page<TView> page, Func<TView, T> map) =>
        new(page.Items.Select(map).ToList(), page.TotalCount ?? throw new InvalidOperationException("A REST page is asked with its total."), page.HasNextPage ? page.EndCursor : null);
}
