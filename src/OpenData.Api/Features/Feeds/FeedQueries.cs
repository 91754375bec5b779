using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Features.Feeds;

/// <summary>
/// The feeds' entries: the newest changes of the change feed (new, superseded and withdrawn löften, added, changed,
/// removed and reclassified promises, statuses from follow-ups) for everything, a kommun, a län or a theme. A change
/// of a whole löfte belongs to a theme when any of its promises has it.
/// </summary>
public sealed class FeedQueries(IDbContextFactory<OpenDataContext> contexts)
{
    /// <summary>As many entries as a feed reader shows; older changes stay in the change feed and the exports.</summary>
    public const int Size = 50;

    /// <returns>Null when the kommun, län or theme is not known.</returns>
    public async Task<FeedView?> ReadAsync(FeedScope scope, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var code = scope.Code;
        string? name = scope.Kind switch
        {
            FeedScopeKind.All => null,
            FeedScopeKind.Kommun => await db.Kommuner.AsNoTracking().Where(k => k.Code == code).Select(k => k.Name).FirstOrDefaultAsync(ct),
            FeedScopeKind.Lan => await db.Lan.AsNoTracking().Where(l => l.Code == code).Select(l => l.Name).FirstOrDefaultAsync(ct),
            FeedScopeKind.Theme => await db.Themes.AsNoTracking().Where(t => t.Code == code).Select(t => t.Sv).FirstOrDefaultAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Kind, null),
        };
        if (scope.Kind != FeedScopeKind.All && name is null)
        {
            return null;
        }

        IQueryable<Change> changes = db.Changes.AsNoTracking();
        changes = scope.Kind switch
        {
            FeedScopeKind.Kommun => changes.Where(c => c.Lofte!.Kommuner.Any(k => k.KommunCode == code)),
            FeedScopeKind.Lan => changes.Where(c => c.Lofte!.Kommuner.Any(k => k.Kommun!.LanCode == code)),
            FeedScopeKind.Theme => changes.Where(c => c.PromiseId != null
                ? c.Promise!.Themes.Any(t => t.ThemeCode == code)
                : c.Lofte!.Promises.Any(p => p.Themes.Any(t => t.ThemeCode == code))),
            _ => changes,
        };
        var rows = await changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(Size)
            .Select(c => new
            {
                c.Id, c.At, c.Kind, c.LofteId, c.Lofte!.Key, c.Lofte.Area, c.Lofte.FirstYear, c.Lofte.LastYear,
                PromiseText = c.Promise == null ? null : c.Promise.Text, c.Before, c.After,
                // The page the change was read from, else the one the promise was last read from.
                Read = db.Snapshots.Where(s => s.Id == c.ToSnapshotId).Select(s => s.Sha256).FirstOrDefault(),
                Stated = c.Promise == null ? null : db.Documents.Where(d => d.Id == c.Promise.DocumentId)
                    .SelectMany(d => db.Snapshots.Where(s => s.Id == d.SnapshotId)).Select(s => s.Sha256).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var lofteIds = rows.Select(r => r.LofteId).Distinct().ToList();
        var kommuner = (await db.Set<LofteKommun>().AsNoTracking().Where(k => lofteIds.Contains(k.LofteId))
                .Select(k => new { k.LofteId, k.KommunCode, k.Kommun!.Name }).ToListAsync(ct))
            .ToLookup(k => k.LofteId, k => new KommunName(k.KommunCode, k.Name));
        // A löfte's own change (new, superseded, withdrawn) links to the document that states the löfte.
        var lofteSources = (await db.Set<LofteDocument>().AsNoTracking().Where(d => lofteIds.Contains(d.LofteId))
                .Select(d => new { d.LofteId, d.DocumentId, Sha256 = db.Snapshots.Where(s => s.Id == d.Document!.SnapshotId).Select(s => s.Sha256).FirstOrDefault() })
                .ToListAsync(ct))
            .Where(d => d.Sha256 is not null).GroupBy(d => d.LofteId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.DocumentId).First().Sha256);

        var entries = rows.Select(r => new FeedEntryView(
                r.Id, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.Kind, r.Key, r.Area, r.FirstYear, r.LastYear,
                kommuner[r.LofteId].OrderBy(k => k.Code, StringComparer.Ordinal).ToList(),
                r.PromiseText, r.Before, r.After, r.Read ?? r.Stated ?? lofteSources.GetValueOrDefault(r.LofteId)))
            .ToList();
        return new FeedView(scope, name, entries);
    }
}
