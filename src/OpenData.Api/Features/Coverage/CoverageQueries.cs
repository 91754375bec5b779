using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Features.Coverage;

/// <summary>Coverage of a year: the kommuner of that year split by whether a löfte covered it.</summary>
public sealed class CoverageQueries(IDbContextFactory<OpenDataContext> contexts, SwedishCalendar calendar)
{
    /// <summary>
    /// The kommuner that existed in <paramref name="year"/>, split by whether a löfte not withdrawn covers that year.
    /// A löfte whose period was never published covers no year. For this year, the kommuner with a löfte are those whose
    /// löften have the status CURRENT, the löften that compare counts by default.
    /// </summary>
    public async Task<CoverageView> ForYearAsync(int? year, CancellationToken ct)
    {
        var y = year ?? calendar.ThisYear;
        if (y is < 1900 or > 2200)
        {
            throw new QueryException($"year must be a calendar year (got {y}).");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var covered = db.Loften.Where(LofteStatusRule.InForce(y))
            .Join(db.Set<LofteKommun>(), l => l.Id, k => k.LofteId, (l, k) => k.KommunCode);
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var kommuner = await db.Kommuner.AsNoTracking()
            .Where(k => (k.ValidFrom == null || k.ValidFrom <= last) && (k.ValidTo == null || k.ValidTo >= first))
            .OrderBy(k => k.Code)
            .Select(k => new { View = new KommunView(k.Code, k.Name, k.LanCode), Covered = covered.Contains(k.Code) })
            .ToListAsync(ct);
        return new CoverageView(y, kommuner.Where(k => k.Covered).Select(k => k.View).ToList(), kommuner.Where(k => !k.Covered).Select(k => k.View).ToList());
    }
}
