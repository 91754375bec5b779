using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Paging;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Changes;

/// <summary>
/// The change feed: every change recorded at or after a time, in the order it was recorded, removals included, paged
/// by the id of the last change read.
/// </summary>
public sealed class ChangeQueries(ReadContexts contexts)
{
    public async Task<Page<ChangeView>> SinceAsync(DateTime since, PageRequest page, CancellationToken ct)
    {
        var size = page.Size;
        var afterId = page.After is null ? (long?)null : ChangeCursor.Decode(page.After);
        var from = since.ToUniversalTime();
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var all = db.Changes.AsNoTracking().Where(c => c.At >= from);
        int? total = page.CountTotal ? await all.CountAsync(ct) : null;
        var rest = afterId is { } after ? all.Where(c => c.Id > after) : all;
        var items = size == 0 ? [] : await rest.OrderBy(c => c.Id).Take(size + 1)
            .Select(c => new ChangeView(c.Id, c.At, c.Kind, c.LofteId, c.PromiseId, c.Before, c.After, c.FromSnapshotId, c.ToSnapshotId))
            .ToListAsync(ct);
        var hasNext = items.Count > size;
        var shown = hasNext ? items.Take(size).ToList() : items;
        return new Page<ChangeView>(shown, shown.Select(c => ChangeCursor.Encode(c.Id)).ToList(), total, afterId is not null, hasNext);
    }
}
