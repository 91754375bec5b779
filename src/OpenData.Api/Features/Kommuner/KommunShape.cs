using System.Linq.Expressions;
using OpenData.Api.Features.Filtering;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Kommuner;

/// <summary>
/// How a kommun and a län are shown, in one place for every query that reads them. A kommun comes with its län,
/// joined into its own statement: there are 21 län, and a kommun page asked for its län in a round trip of its own.
/// </summary>
public static class KommunShape
{
    public static readonly Expression<Func<Lan, LanView>> LanOf = l => new LanView(l.Code, l.Name, l.ShortName, l.PolisregionName);

    // After LanOf: a static field is set in the order it is written.
    public static readonly Expression<Func<Kommun, KommunView>> Of =
        ((Expression<Func<Kommun, KommunView>>)(k => new KommunView(k.Code, k.Name, LanOf.Apply(k.Lan!)))).Inline();
}
