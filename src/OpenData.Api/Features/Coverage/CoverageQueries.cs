using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Kommuner;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Coverage;

/// <summary>Coverage of a year: the kommuner of that year split by whether a löfte covered it.</summary>
public sealed class CoverageQueries(ReadContexts contexts, TimeProvider clock)
{
    private static readonly TimeZoneInfo Sweden = FindSweden();

    /// <summary>The current calendar year in Sweden, where a year of löften begins and ends.</summary>
    public int ThisYear => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Sweden).Year;

    /// <summary>
    /// The kommuner that existed in <paramref name="year"/>, split by whether a löfte not withdrawn covers that year.
    /// A löfte whose period was never published covers no year.
    /// </summary>
    public async Task<CoverageView> ForYearAsync(int? year, CancellationToken ct)
    {
        var y = year ?? ThisYear;
        if (y is < 1900 or > 2200)
        {
            throw new QueryException($"year must be a calendar year (got {y}).");
        }
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var covered = db.Set<LofteYear>().Where(ly => ly.Year == y)
            .Join(db.Loften.Where(l => l.Status != LofteStatus.Withdrawn), ly => ly.LofteId, l => l.Id, (ly, l) => l.Id)
            .Join(db.Set<LofteKommun>(), id => id, k => k.LofteId, (id, k) => k.KommunCode);
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var kommuner = await db.Kommuner.AsNoTracking()
            .Where(k => (k.ValidFrom == null || k.ValidFrom <= last) && (k.ValidTo == null || k.ValidTo >= first))
            .OrderBy(k => k.Code)
            .Select(k => new { View = new KommunView(k.Code, k.Name, k.LanCode), Covered = covered.Contains(k.Code) })
            .ToListAsync(ct);
        return new CoverageView(y, kommuner.Where(k => k.Covered).Select(k => k.View).ToList(), kommuner.Where(k => !k.Covered).Select(k => k.View).ToList());
    }

    private static TimeZoneInfo FindSweden()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time zone data: UTC differs from Swedish time only in the first hours of a year.
            return TimeZoneInfo.Utc;
        }
    }
}
