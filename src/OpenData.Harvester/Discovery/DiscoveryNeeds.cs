using OpenData.Core.Model;
using OpenData.Harvester.Sources;

namespace OpenData.Harvester.Discovery;

/// <summary>
/// Which kommuner discovery looks for: on polisen.se, those whose known löfte pages are all old (no löfte seen for
/// this year or the last) or gone; on kommun sites, those with no current kommun-site address. A discovered
/// address counts as current until it is gone.
/// </summary>
public static class DiscoveryNeeds
{
    public sealed record Need(string KommunCode, bool Polisen, IReadOnlyList<string> KommunOrigins);

    public static IReadOnlyList<Need> For(SourceRegistry registry, IReadOnlyDictionary<string, SourceStatus> statusByKey,
        IEnumerable<string> kommunCodes, Func<string, string?> guessHost, int thisYear)
    {
        bool Current(RegisteredSource s) =>
            statusByKey.GetValueOrDefault(s.Key, SourceStatus.Active) != SourceStatus.Gone &&
            (s.Basis == SourceBasis.Discovered || (s.Basis == SourceBasis.SeenPublished && LatestYear(s) >= thisYear - 1));

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

    /// <summary>The last year of the periods seen ("2021-2022;2024" → 2024; "2024-" runs on); 0 when none was seen.</summary>
    public static int LatestYear(RegisteredSource source) =>
        (source.SeenYears ?? []).Select(p =>
        {
            var parts = p.Split('-');
            return parts.Length == 2 && parts[1].Length == 0 ? int.MaxValue
                : int.TryParse(parts[^1], out var y) ? y : 0;
        }).DefaultIfEmpty(0).Max();
}
