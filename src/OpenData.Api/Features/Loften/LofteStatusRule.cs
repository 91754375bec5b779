using System.Linq.Expressions;
using OpenData.Core.Coverage;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Loften;

/// <summary>
/// A löfte's status today from what is stored, once in C# for a löfte read and once as a query for a filter on it;
/// the two say the same, and CURRENT is exactly what coverage counts for this year (years include it, not withdrawn).
/// </summary>
public static class LofteStatusRule
{
    public static LofteStatusToday Of(LofteStatus stored, IReadOnlyList<int> years, int thisYear) => stored switch
    {
        LofteStatus.Withdrawn => LofteStatusToday.Withdrawn,
        _ when years.Contains(thisYear) => LofteStatusToday.Current,
        LofteStatus.Superseded => LofteStatusToday.Superseded,
        _ when years.Count == 0 => LofteStatusToday.Undated,
        _ when years.Min() > thisYear => LofteStatusToday.Upcoming,
        _ => LofteStatusToday.Ended,
    };

    /// <summary>The löften that have <paramref name="status"/> in <paramref name="thisYear"/>.</summary>
    public static Expression<Func<Lofte, bool>> Having(LofteStatusToday status, int thisYear) => status switch
    {
        LofteStatusToday.Withdrawn => l => l.Status == LofteStatus.Withdrawn,
        LofteStatusToday.Current => LofteInForce.During(thisYear),
        LofteStatusToday.Superseded => l => l.Status == LofteStatus.Superseded && !l.Years.Any(y => y.Year == thisYear),
        LofteStatusToday.Undated => LofteInForce.Undated,
        LofteStatusToday.Upcoming => l => l.Status == LofteStatus.Current && l.FirstYear > thisYear,
        LofteStatusToday.Ended => l => l.Status == LofteStatus.Current && l.FirstYear < thisYear && !l.Years.Any(y => y.Year == thisYear),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
