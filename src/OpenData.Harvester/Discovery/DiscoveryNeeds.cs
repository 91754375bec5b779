using OpenData.Core.Model;
using OpenData.Harvester.Sources;

namespace OpenData.Harvester.Discovery;

/// <summary>
/// Which kommuner discovery looks for: on polisen.se, those whose known löfte pages are all old or gone; on kommun
/// sites, those whose kommun-site addresses are all old or gone, or that have none. A page is old once a harvest has
/// read it and it holds no löfte in force; gone once it answered 404 or 410. A page no harvest has asked yet is given
/// its chance first: discovery looks where the known addresses have been tried.
/// </summary>
public static class DiscoveryNeeds
{
    public sealed record Need(string KommunCode, bool Polisen, IReadOnlyList<string> KommunOrigins);

    /// <summary>What the database knows of a registered address.</summary>
    public sealed record Known(SourceStatus Status, bool Asked, bool HoldsLofteInForce);

    public static IReadOnlyList<Need> For(SourceRegistry registry, IReadOnlyDictionary<string, Known> knownByKey,
        IEnumerable<string> kommunCodes, Func<string, string?> guessHost)
    {
        bool Current(RegisteredSource s) => knownByKey.GetValueOrDefault(s.Key) is not { } known ||
            (known.Status != SourceStatus.Gone && (!known.Asked || known.HoldsLofteInForce));

        var byKommun = registry.Sources.SelectMany(s => s.Kommuner.Select(k => (Kommun: k, Source: s)))
            .ToLookup(x => x.Kommun, x => x.Source, StringComparer.Ordinal);
        var needs = new List<Need>();
        foreach (var code in kommunCodes)
        {
            var sources = byKommun[code].ToList();
            var polisen = sources.Where(s => s.Kind == SourceKinds.PolisenLoftePage).ToList();
            var own = sources.Where(s => s.Kind is SourceKinds.KommunPage or SourceKinds.KommunNews or SourceKinds.KommunDocument).ToList();
            var needsPolisen = !polisen.Any(Current);
            List<string> hosts = [];
            if (!own.Any(Current))
            {
                hosts = own.Select(s => s.Address).OfType<Uri>()
                    .Where(u => SourceHosts.OfKommunAddress(u) == SourceHosts.Owner.Kommun)
                    .Select(u => u.GetLeftPart(UriPartial.Authority).ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
                if (hosts.Count == 0 && guessHost(code) is { } guess)
                {
                    hosts.Add(guess);
                }
            }
            if (needsPolisen || hosts.Count > 0)
            {
                needs.Add(new Need(code, needsPolisen, hosts));
            }
        }
        return needs;
    }
}
