using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Features.Paging;

public static class PagingExtensions
{
    /// <summary>Counts (where asked), then takes one more than asked to learn whether another page follows.</summary>
    public static Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct) =>
        request.ReadAsync((offset, take) => ordered.Skip(offset).Take(take).AsAsyncEnumerable(), () => ordered.CountAsync(ct), ct);

    /// <summary>
    /// The page as <see cref="ToPageAsync{T}"/> reads it, from a query compiled ahead: <paramref name="window"/> reads
    /// the items from an offset, as many as asked, in order; <paramref name="count"/> counts all of them.
    /// </summary>
    public static async Task<Page<T>> ReadAsync<T>(this PageRequest request, Func<int, int, IAsyncEnumerable<T>> window, Func<Task<int>> count, CancellationToken ct)
    {
        var size = request.Size;
        var offset = request.Offset;
        int? total = request.CountTotal ? await count() : null;
        var items = size == 0 ? [] : await window(offset, size + 1).ToListAsync(ct);
        var hasNext = items.Count > size;
        return Page<T>.AtOffset(hasNext ? items.Take(size).ToList() : items, offset, total, hasNext);
    }
}
