using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Features.FollowUps;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;
using OpenData.Core.Coverage;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Api.Features.Batching;

namespace OpenData.Api.Features.Comparison;

/// <summary>Compares kommuner theme by theme: the promises of each, in one query for all cells.</summary>
public sealed class ComparisonQueries(ReadContexts contexts, KommunQueries kommuner, ThemeQueries themes, PromiseQueries promises, FollowUpQueries followUps, SwedishCalendar calendar)
{
    public const int MaxKommuner = 50;
    public const int MaxYears = 30;

    /// <summary>
    /// The promises in force of each kommun's löften, by theme: of the löften covering any of <paramref name="years"/>,
    /// or, without years, of the löften in force this year in Sweden (status CURRENT: the löften coverage counts).
    /// </summary>
    public async Task<ComparisonView> CompareAsync(IReadOnlyList<string> kommunCodes, IReadOnlyList<int>? years, CancellationToken ct)
    {
        var codes = kommunCodes.Distinct().ToList();
        var wanted = years?.Distinct().Order().ToList() ?? [];
        if (codes.Count == 0)
        {
            throw new QueryException("compare needs at least one kommun code.");
        }
        if (codes.Count > MaxKommuner)
        {
            throw new QueryException($"compare takes at most {MaxKommuner} kommuner at once (got {codes.Count}).");
        }
        if (wanted.Count > MaxYears)
        {
            throw new QueryException($"compare takes at most {MaxYears} years at once (got {wanted.Count}).");
        }
        var known = await kommuner.ByCodesAsync(codes, ct);
        var unknown = codes.Where(c => !known.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new QueryException($"No kommun has the code {string.Join(", ", unknown.Select(c => $"\"{c}\""))}: give four-digit SCB kommunkoder such as \"0180\".");
        }

        var (rows, promised) = await ReadAsync(codes, wanted, ct);
        var views = await promises.ByIdsAsync(rows.Select(r => r.PromiseId), ct);
        var byCell = rows.ToLookup(r => (r.KommunCode, r.ThemeCode), r => views[r.PromiseId]);

        var allThemes = await themes.AllAsync(ct);
        var cells = codes.SelectMany(code => allThemes.Select(theme =>
            new ComparisonCellView(known[code], theme, byCell[(code, theme.Code)].ToList()))).ToList();
        var statuses = await followUps.StatusOfAsync(promised.Select(p => p.PromiseId), ct);
        var reported = codes.Select(code => KommunFollowUpsView.Of(known[code], promised.Where(p => p.KommunCode == code).Select(p => p.PromiseId), statuses)).ToList();
        return new ComparisonView(codes.Select(c => known[c]).ToList(), wanted, allThemes, cells) { FollowUps = reported };
    }

    /// <summary>
    /// The kommuner's promises in force by theme, and all of them, of the löften asked for (see <see cref="CompareAsync"/>).
    /// Read with a context of its own, given back before the promises' views are read, so that a comparison holds one
    /// connection at a time: holding one while waiting for another, a full pool's requests would wait for each other.
    /// </summary>
    private async Task<(List<CellRow> Cells, List<PromisedRow> Promised)> ReadAsync(List<string> codes, List<int> wanted, CancellationToken ct)
    {
        await using var lease = await contexts.OpenAsync(ct);
        var db = lease.Db;
        var loften = wanted.Count == 0
            ? db.Loften.AsNoTracking().Where(LofteInForce.During(calendar.ThisYear))
            : db.Loften.AsNoTracking().Where(l => l.Status != LofteStatus.Withdrawn && l.Years.Any(y => wanted.Contains(y.Year)));
        var cells = await (
                from link in db.Set<LofteKommun>().AsNoTracking()
                where codes.Contains(link.KommunCode)
                join lofte in loften on link.LofteId equals lofte.Id
                from promise in lofte.Promises
                where promise.WithdrawnAt == null
                from theme in promise.Themes
                orderby promise.LofteId, promise.Ordinal, promise.Id
                select new { link.KommunCode, theme.ThemeCode, promise.Id })
            .ToListAsync(ct);
        var promised = await (
                from link in db.Set<LofteKommun>().AsNoTracking()
                where codes.Contains(link.KommunCode)
                join lofte in loften on link.LofteId equals lofte.Id
                from promise in lofte.Promises
                where promise.WithdrawnAt == null
                select new { link.KommunCode, promise.Id })
            .Distinct().ToListAsync(ct);
        return ([.. cells.Select(c => new CellRow(c.KommunCode, c.ThemeCode, c.Id))], [.. promised.Select(p => new PromisedRow(p.KommunCode, p.Id))]);
    }

    private sealed record CellRow(string KommunCode, string ThemeCode, int PromiseId);

    private sealed record PromisedRow(string KommunCode, int PromiseId);
}
