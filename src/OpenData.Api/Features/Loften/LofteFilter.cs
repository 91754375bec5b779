using System.Linq.Expressions;
using OpenData.Api.Features.Filtering;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Loften;

/// <summary>Which löften to list: by kommun, län, year and status, combined with and/or.</summary>
public sealed record LofteFilter
{
    /// <summary>A kommun the löfte covers (SCB code).</summary>
    public StringOperation? Kommun { get; init; }

    /// <summary>A län the löfte's kommuner are in (two-digit code).</summary>
    public StringOperation? Lan { get; init; }

    /// <summary>A year the löfte covers.</summary>
    public IntOperation? Year { get; init; }

    /// <summary>Its status today (<see cref="LofteStatusRule"/>).</summary>
    public LofteStatusToday? Status { get; init; }

    public IReadOnlyList<LofteFilter>? And { get; init; }
    public IReadOnlyList<LofteFilter>? Or { get; init; }

    /// <param name="thisYear">The year in Sweden that a status is counted from.</param>
    public Expression<Func<Lofte, bool>>? ToPredicate(int thisYear)
    {
        var kommun = Kommun?.On<LofteKommun>(k => k.KommunCode);
        var lan = Lan?.On<LofteKommun>(k => k.Kommun!.LanCode);
        var year = Year?.On<LofteYear>(y => y.Year);
        var status = Status;
        return Predicates.All(
        [
            kommun is null ? null : l => l.Kommuner.AsQueryable().Any(kommun),
            lan is null ? null : l => l.Kommuner.AsQueryable().Any(lan),
            year is null ? null : l => l.Years.AsQueryable().Any(year),
            status is { } s ? LofteStatusRule.Having(s, thisYear) : null,
            And is null ? null : Predicates.All(And.Select(f => f.ToPredicate(thisYear))),
            Or is null ? null : Predicates.Any(Or.Select(f => f.ToPredicate(thisYear))),
        ]);
    }
}
