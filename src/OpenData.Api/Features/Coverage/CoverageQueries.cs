using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Core.Coverage;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Coverage;

/// <summary>Coverage of a year: the kommuner of that year split by whether a löfte covered it.</summary>
public sealed class CoverageQueries(ReadContexts contexts, SwedishCalendar calendar)
{
    /// <summary>
    /// The kommuner that existed in <paramref name="year"/>, split by whether a löfte not withdrawn covers that year.
    /// A löfte whose period was never published covers no year. For this year, the kommuner with a löfte are those whose
    /// löften have the status CURRENT, the löften that compare counts by default.
    /// </summary>
    public async Task<CoverageView> ForYearAsync(int? year, string? lan, CancellationToken ct)
    {
        var y = year ?? calendar.ThisYear;
        if (y is < 1900 or > 2200)
        {
            throw new QueryException($"year must be a calendar year (got {y}).");
        }
        CheckLan(lan);
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var covered = db.Loften.Where(LofteInForce.During(y))
            .Join(db.Set<LofteKommun>(), l => l.Id, k => k.LofteId, (l, k) => k.KommunCode);
        var first = new DateOnly(y, 1, 1);
        var last = new DateOnly(y, 12, 31);
        var kommuner = await db.Kommuner.AsNoTracking()
            .Where(k => (k.ValidFrom == null || k.ValidFrom <= last) && (k.ValidTo == null || k.ValidTo >= first) && (lan == null || k.LanCode == lan))
            .OrderBy(k => k.Code)
            .Select(((Expression<Func<Kommun, CoveredKommun>>)(k => new CoveredKommun(KommunShape.Of.Apply(k), covered.Contains(k.Code)))).Inline())
            .ToListAsync(ct);
        return new CoverageView(y, kommuner.Where(k => k.Covered).Select(k => k.View).ToList(), kommuner.Where(k => !k.Covered).Select(k => k.View).ToList()) { Lan = lan };
    }

    /// <summary>
    /// Each kommun that existed in <paramref name="year"/> (of one län, or all), by code: in force, ended, none found
    /// after trying, not tried yet or failing, with every address known for it and its last answer.
    /// </summary>
    public async Task<IReadOnlyList<KommunCoverageView>> KommunerAsync(int year, string? lan, CancellationToken ct)
    {
        CheckLan(lan);
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var kommuner = await db.Kommuner.AsNoTracking()
            .Where(k => (k.ValidFrom == null || k.ValidFrom <= last) && (k.ValidTo == null || k.ValidTo >= first) && (lan == null || k.LanCode == lan))
            .OrderBy(k => k.Code)
            .Select(KommunShape.Of)
            .ToListAsync(ct);
        var coverage = await KommunCoverageQuery.RunAsync(db, year, calendar.ThisYear, kommuner.Select(k => k.Code).ToList(), ct);
        return kommuner.Zip(coverage, (k, c) => new KommunCoverageView(k, c.State, c.LofteYears, c.LastFetched, c.Sources)).ToList();
    }

    private static void CheckLan(string? lan)
    {
        if (lan is not null && (lan.Length != 2 || !lan.All(char.IsAsciiDigit)))
        {
            throw new QueryException($"lan must be a two-digit länskod such as \"03\" (got \"{lan}\").");
        }
    }

    /// <summary>A kommun and whether a löfte in force covers it (named: the shape is a typed expression, which cannot name an anonymous type).</summary>
    private sealed record CoveredKommun(KommunView View, bool Covered);
}
