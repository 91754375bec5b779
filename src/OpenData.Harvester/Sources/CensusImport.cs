using System.Text;
using OpenData.Core.Reference;
using OpenData.Core.Text;

namespace OpenData.Harvester.Sources;

/// <summary>
/// `sources import-census`: the registry rebuilt from the census of published löfte pages. Every polisen.se and
/// kommun-site address seen becomes an entry (seen-published, with the periods it showed and every kommun it was
/// seen for); newspapers and third-party copies are left out; pattern guesses are kept only for kommuner where
/// nothing was seen; addresses the harvester discovered are kept. The same census gives the same registry.
/// </summary>
public static class CensusImport
{
    public sealed record Summary(int Rows, int ThirdPartyRows, int Addresses, int SeenKommuner, int Guesses, int Discovered, int Kommuner);

    private const string NewPath = "/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/";
    private const string OldPath = "/om-polisen/medborgarloften/";
    private const string NewsPath = "/aktuellt/nyheter/";

    public static (SourceRegistry Registry, Summary Summary) Build(
        IReadOnlyList<CensusAddress> census, ReferenceData reference, SourceRegistry? previous, int thisYear)
    {
        var kommuner = reference.Kommuner.ToDictionary(k => k.Code, StringComparer.Ordinal);
        if (census.FirstOrDefault(a => !kommuner.ContainsKey(a.KommunCode)) is { } unknown)
        {
            throw new SourceRegistryException($"line {unknown.Line}: kommun {unknown.KommunCode} is not in the reference data");
        }

        // An address is a source when it was seen as polisen.se's or a kommun's; rows of the same address under
        // "other" (a neighbour's page holding a shared löfte) still add their kommun to what it covers.
        var byUrl = census.GroupBy(a => Canonical(a.Url).AbsoluteUri, StringComparer.Ordinal);
        var seen = new List<RegisteredSource>();
        var thirdParty = 0;
        foreach (var group in byUrl.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var url = new Uri(group.Key);
            var fetchable = group.Where(a => a.Kind != CensusAddress.Other).ToList();
            var owner = SourceHosts.OfKommunAddress(url);
            if (fetchable.Count == 0 || owner == SourceHosts.Owner.ThirdParty)
            {
                thirdParty += group.Count();
                continue;
            }
            var first = fetchable[0];
            var years = group.SelectMany(a => a.Years).Distinct(StringComparer.Ordinal).ToList();
            var codes = group.Select(a => a.KommunCode).Distinct().Order(StringComparer.Ordinal).ToList();
            var kind = KindOf(url, first.Kind, owner);
            seen.Add(new RegisteredSource
            {
                Key = "",
                Url = url.AbsoluteUri,
                Kind = kind,
                Kommuner = codes,
                Publisher = owner == SourceHosts.Owner.Polisen ? "Polisen" : KommunPublisher.For(kommuner[first.KommunCode].Name),
                CheckEvery = CheckEveryFor(kind, years, thisYear),
                Basis = SourceBasis.SeenPublished,
                FoundBy = FoundBy.Census,
                SeenYears = years,
                ListsPromises = group.Any(a => a.ListsPromises),
                Area = kind == SourceKinds.PolisenLoftePage && codes.Count == 1 ? AreaOf(url, kommuner[codes[0]].Name) : null,
                Note = owner == SourceHosts.Owner.PressRoom ? "the kommun's press room on a press-release service" : null,
            });
        }

        var seenUrls = seen.Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        var discovered = (previous?.Sources ?? [])
            .Where(s => s.Basis == SourceBasis.Discovered && !seenUrls.Contains(s.Address?.AbsoluteUri ?? s.Url))
            .ToList();
        var known = seen.Concat(discovered).SelectMany(s => s.Kommuner).ToHashSet(StringComparer.Ordinal);
        var guesses = PolisenLoftePages.Generate(reference).Where(g => !known.Contains(g.Kommuner[0])).ToList();
        // The kommun-site guesses made by hand earlier, for the same kommuner only.
        guesses.AddRange((previous?.Sources ?? [])
            .Where(s => (s.FoundBy ?? s.Basis) == FoundBy.GuessedPath && s.Kommuner.All(k => !known.Contains(k)))
            .Select(s => s with { Basis = SourceBasis.Guess, FoundBy = FoundBy.GuessedPath, Verified = false }));

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<RegisteredSource>();
        // Discovered and guessed entries keep their keys (and so their history in the database); seen ones get theirs here.
        foreach (var entry in discovered.Concat(guesses))
        {
            keys.Add(entry.Key);
        }
        foreach (var entry in seen)
        {
            sources.Add(entry with { Key = Unique(KeysFor(new Uri(entry.Url)), keys) });
        }
        sources.AddRange(discovered);
        sources.AddRange(guesses);
        var ordered = sources
            .OrderBy(s => s.Kommuner[0], StringComparer.Ordinal)
            .ThenBy(s => s.Basis == SourceBasis.Guess ? 1 : 0)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var covered = ordered.SelectMany(s => s.Kommuner).ToHashSet(StringComparer.Ordinal);
        var registry = new SourceRegistry { About = previous?.About, Sources = ordered };
        return (registry, new Summary(census.Count, thirdParty, seen.Count, seen.SelectMany(s => s.Kommuner).Distinct().Count(),
            guesses.Count, discovered.Count, covered.Count));
    }

    /// <summary>HTTPS (polisen.se serves nothing else, kommun sites redirect to it) and no fragment.</summary>
    public static Uri Canonical(Uri url) =>
        new UriBuilder(url) { Scheme = Uri.UriSchemeHttps, Port = -1, Fragment = "" }.Uri;

    private static string KindOf(Uri url, string censusKind, SourceHosts.Owner owner)
    {
        if (owner == SourceHosts.Owner.Polisen)
        {
            return url.AbsolutePath.Contains(NewsPath, StringComparison.OrdinalIgnoreCase) || censusKind == CensusAddress.PolisenNews
                ? SourceKinds.PolisenNews
                : SourceKinds.PolisenLoftePage;
        }
        if (url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || censusKind == CensusAddress.Pdf)
        {
            return SourceKinds.KommunDocument;
        }
        return censusKind == CensusAddress.KommunNews || owner == SourceHosts.Owner.PressRoom ? SourceKinds.KommunNews : SourceKinds.KommunPage;
    }

    /// <summary>
    /// Pages that held a löfte lately are checked weekly (polisen.se) or fortnightly (kommun sites); pages whose
    /// löften ended long ago monthly; news items, which are not edited, every quarter, to see that they are still there.
    /// </summary>
    private static string CheckEveryFor(string kind, IReadOnlyList<string> years, int thisYear)
    {
        if (kind is SourceKinds.PolisenNews or SourceKinds.KommunNews or SourceKinds.KommunDocument)
        {
            return "P90D";
        }
        var latest = years.Select(LastYear).DefaultIfEmpty(thisYear).Max();
        if (latest < thisYear - 4)
        {
            return "P30D";
        }
        return kind == SourceKinds.PolisenLoftePage ? "P7D" : "P14D";
    }

    private static int LastYear(string period)
    {
        var parts = period.Split('-');
        return parts.Length == 2 && parts[1].Length == 4 ? int.Parse(parts[1]) : parts.Length == 2 ? int.MaxValue : int.Parse(parts[0]);
    }

    /// <summary>"stockholm-kungsholmen" is the Kungsholmen part of Stockholm; "odeshogs-kommun" and "habo2" are whole kommuner.</summary>
    private static string? AreaOf(Uri url, string kommunName)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }
        var slug = Slug.For(kommunName);
        var last = segments[^1].ToLowerInvariant();
        if (!last.StartsWith(slug + "-", StringComparison.Ordinal))
        {
            return null;
        }
        var rest = last[(slug.Length + 1)..];
        return rest is "kommun" or "stad" || rest.All(char.IsAsciiDigit) || rest.StartsWith("uppfoljning", StringComparison.Ordinal) ? null : rest;
    }

    /// <summary>A readable key from the address: "polisen/stockholms-lan/vallentuna", "polisen/medborgarloften/ekero", "kommun/vallentuna.se/…".</summary>
    public static string KeyFor(Uri url) => KeysFor(url).First();

    /// <summary>
    /// Keys for an address, shortest first: a kommun page is named by its last path segment, then by more of its
    /// path where two pages share that segment (Göteborg's stadsdelar each have a "medborgarloftet").
    /// </summary>
    private static IEnumerable<string> KeysFor(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (SourceHosts.IsPolisen(host))
        {
            var prefix = host == "polisen.se" || host == "www.polisen.se" ? "polisen" : $"polisen/{host[..host.IndexOf('.')]}";
            if (path.StartsWith(NewPath, StringComparison.OrdinalIgnoreCase))
            {
                yield return Clean($"{prefix}/{path[NewPath.Length..]}");
            }
            else if (path.StartsWith(OldPath, StringComparison.OrdinalIgnoreCase))
            {
                yield return Clean($"{prefix}/medborgarloften/{path[OldPath.Length..]}");
            }
            else if (path.StartsWith(NewsPath, StringComparison.OrdinalIgnoreCase))
            {
                yield return Clean($"{prefix}-news/{path[NewsPath.Length..]}");
            }
            else
            {
                yield return Clean($"{prefix}/{path.TrimStart('/')}");
            }
            yield break;
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var site = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        if (segments.Length == 0)
        {
            yield return Clean($"kommun/{site}");
        }
        for (var n = 1; n <= segments.Length; n++)
        {
            yield return Clean($"kommun/{site}/{string.Join('/', segments[^n..])}");
        }
    }

    private static string Clean(string key)
    {
        var text = new StringBuilder(key.Length);
        foreach (var c in key.ToLowerInvariant().TrimEnd('/'))
        {
            text.Append(c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                _ when char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' => c,
                _ => '-',
            });
        }
        var cleaned = text.ToString();
        return cleaned.Length <= 200 ? cleaned : cleaned[..200];
    }

    private static string Unique(IEnumerable<string> keys, HashSet<string> taken)
    {
        string? last = null;
        foreach (var key in keys)
        {
            if (taken.Add(key))
            {
                return key;
            }
            last = key;
        }
        // The same path but for a trailing slash or the host's www.
        for (var n = 2; ; n++)
        {
            if (taken.Add($"{last}~{n}"))
            {
                return $"{last}~{n}";
            }
        }
    }
}
