using System.Linq.Expressions;
using OpenData.Core.Model;

namespace OpenData.Core.Coverage;

/// <summary>
/// Which löften are in force, as queries: the one rule behind a löfte's CURRENT status, compare's default, coverage's
/// counts and states, and what discovery takes as known. The API and the harvester both use it, so it lives here.
/// </summary>
public static class LofteInForce
{
    /// <summary>In force in <paramref name="year"/>: not withdrawn, and the year is one of the löfte's.</summary>
    public static Expression<Func<Lofte, bool>> During(int year) =>
        l => l.Status != LofteStatus.Withdrawn && l.Years.Any(y => y.Year == year);

    /// <summary>The newest löfte of its kommuner, of a period no source published: whether it is in force is not known.</summary>
    public static Expression<Func<Lofte, bool>> Undated { get; } = l => l.Status == LofteStatus.Current && !l.Years.Any();
}
