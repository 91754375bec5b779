using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Core.Coverage;

/// <summary>
/// Coverage per kommun, for the API's <c>coverage.kommuner</c> and the harvester's <c>report</c> alike: one query and
/// one rule, so that both say the same. In force and undated are <see cref="LofteInForce"/>'s, as coverage's counts
/// and a löfte's status have them (undated only for this year).
/// Ended: a löfte of an earlier year was found and none covers this one (a löfte only of later years does not make the
/// year "ended").
/// </summary>
public static class KommunCoverageQuery
{
    private static readonly SourceKind[] Listed =
        [SourceKind.PolisenLoftePage, SourceKind.PolisenNews, SourceKind.KommunPage, SourceKind.PublishedDocument, SourceKind.LinkedDocument, SourceKind.DiscoveryProbe];

    public static async Task<IReadOnlyList<KommunCoverage>> RunAsync(OpenDataContext db, int year, int thisYear, IReadOnlyList<string> kommunCodes, CancellationToken ct)
    {
        var codes = kommunCodes.ToList();
        var inForceLoften = db.Loften.Where(LofteInForce.During(year));
        var undatedLoften = db.Loften.Where(LofteInForce.Undated);
        var loften = await db.Set<LofteKommun>().AsNoTracking()
            .Where(k => codes.Contains(k.KommunCode))
            .Join(db.Loften.Where(l => l.Status != LofteStatus.Withdrawn), k => k.LofteId, l => l.Id, (k, l) => new
            {
                k.KommunCode,
                Years = l.Years.Select(y => y.Year).ToList(),
                InForce = inForceLoften.Any(x => x.Id == l.Id),
                Undated = undatedLoften.Any(x => x.Id == l.Id),
            })
            .ToListAsync(ct);
        var sources = await db.Set<SourceKommun>().AsNoTracking()
            .Where(k => codes.Contains(k.KommunCode))
            .Join(db.Sources.Where(s => Listed.Contains(s.Kind) && s.Url != null), k => k.SourceId, s => s.Id, (k, s) => new
            {
                k.KommunCode, s.Id, Url = s.Url!, s.Kind, s.Basis, s.FoundBy, s.SeenYears, s.LastFetchedAt, s.LastError, s.Status, s.ConsecutiveFailures,
            })
            .ToListAsync(ct);
        var ids = sources.Select(s => s.Id).Distinct().ToList();
        var lastIds = await db.Snapshots.AsNoTracking()
            .Where(s => ids.Contains(s.SourceId))
            .GroupBy(s => s.SourceId)
            .Select(g => g.Max(s => s.Id))
            .ToListAsync(ct);
        var lastStatus = await db.Snapshots.AsNoTracking()
            .Where(s => lastIds.Contains(s.Id))
            .Select(s => new { s.SourceId, s.HttpStatus })
            .ToDictionaryAsync(s => s.SourceId, s => s.HttpStatus, ct);

        var loftenBy = loften.ToLookup(l => l.KommunCode, StringComparer.Ordinal);
        var sourcesBy = sources.ToLookup(s => s.KommunCode, StringComparer.Ordinal);
        var result = new List<KommunCoverage>(codes.Count);
        foreach (var code in codes)
        {
            var its = loftenBy[code].ToList();
            var inForce = its.Any(l => l.InForce);
            var undated = year == thisYear && its.Any(l => l.Undated);
            var listed = sourcesBy[code]
                .OrderBy(s => s.Kind == SourceKind.DiscoveryProbe ? 1 : 0).ThenBy(s => s.Url, StringComparer.Ordinal)
                .Select(s => new CoverageSource(
                    s.Url,
                    s.Kind.ToString(),
                    s.Basis ?? (s.Kind == SourceKind.LinkedDocument ? "linked" : "registered"),
                    s.FoundBy,
                    s.SeenYears?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [],
                    s.LastFetchedAt,
                    lastStatus.GetValueOrDefault(s.Id),
                    s.LastError,
                    s.Status == SourceStatus.Gone,
                    s.Status != SourceStatus.Gone && s.ConsecutiveFailures > 0))
                .ToList();
            var registered = listed.Where(s => s.Kind != nameof(SourceKind.DiscoveryProbe)).ToList();
            var answered = listed.Any(s => s.LastFetched is not null && !s.Failing);
            var state = inForce ? CoverageState.InForce
                : undated ? CoverageState.Undated
                : registered.Any(s => s.Failing) && !registered.Any(s => s.LastFetched is not null && !s.Failing && !s.Gone) ? CoverageState.Failing
                : its.Any(l => l.Years.Count > 0 && l.Years.Min() < year) ? CoverageState.Ended
                : answered ? CoverageState.NoneFound
                : CoverageState.NotTried;
            result.Add(new KommunCoverage(
                code,
                state,
                its.SelectMany(l => l.Years).Distinct().Order().ToList(),
                listed.Max(s => s.LastFetched),
                listed));
        }
        return result;
    }
}
