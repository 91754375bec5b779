using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Features.Paging;

public static class PagingExtensions
{
    /// <summary>Counts (where asked), then takes one more than asked to learn whether another page follows.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        var size = request.Size;
        var offset = request.Offset;
        int? total = request.CountTotal ? await ordered.CountAsync(ct) : null;
        var items = size == 0 ? [] : await ordered.Skip(offset).Take(size + 1).ToListAsync(ct);
        var hasNext = items.Count > size;
        return Page<T>.AtOffset(hasNext ? items.Take(size).ToList() : items, offset, total, hasNext);
    }
}
