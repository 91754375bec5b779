using OpenData.Core.Reference;

namespace OpenData.Harvester.Sources;

/// <summary>
/// What `sources check` reports: entries that cannot be harvested (errors) and entries that can but may be wrong
/// (warnings), checked against the reference data. Needs no network: whether an address answers is for a harvest.
/// </summary>
public static class SourceRegistryCheck
{
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromHours(1);
    public static readonly TimeSpan LongestInterval = TimeSpan.FromDays(366);

    public static IReadOnlyList<RegistryProblem> Run(SourceRegistry registry, ReferenceData reference)
    {
        var problems = new List<RegistryProblem>();
        void Error(string? key, string message) => problems.Add(new(RegistryProblem.Severity.Error, key, message));
        void Warn(string? key, string message) => problems.Add(new(RegistryProblem.Severity.Warning, key, message));

        var kommuner = reference.Kommuner.ToDictionary(k => k.Code);
        var lan = reference.Lan.ToDictionary(l => l.Code);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var source in registry.Sources)
        {
            var key = source.Key;
            if (string.IsNullOrWhiteSpace(key) || key.Any(char.IsWhiteSpace))
            {
                Error(key, "a key must be non-empty and without spaces");
            }
            else if (!keys.Add(key))
            {
                Error(key, "the key is used twice");
            }

            if (source.Address is not { } address)
            {
                Error(key, $"'{source.Url}' is not an absolute http(s) address");
            }
            else
            {
                if (address.Scheme != Uri.UriSchemeHttps)
                {
                    Warn(key, "not HTTPS: polisen.se and most kommuner serve only HTTPS");
                }
                var canonical = address.AbsoluteUri;
                if (urls.TryGetValue(canonical, out var first))
                {
                    Error(key, $"the address is registered already, as {first}");
                }
                else
                {
                    urls[canonical] = key;
                }
            }

            if (source.Basis is { } basis && !SourceBasis.All.Contains(basis))
            {
                Warn(key, $"basis '{basis}' is not one of {string.Join(", ", SourceBasis.All)}");
            }
            if (source.SourceKind is null)
            {
                Error(key, $"unknown kind '{source.Kind}' (one of {string.Join(", ", SourceKinds.All)})");
            }
            if (string.IsNullOrWhiteSpace(source.Publisher))
            {
                Error(key, "no publisher: every snapshot credits one");
            }
            if (source.CheckInterval is not { } every)
            {
                Error(key, $"checkEvery '{source.CheckEvery}' is not an ISO 8601 duration such as P7D");
            }
            else if (every < ShortestInterval || every > LongestInterval)
            {
                Error(key, $"checkEvery {source.CheckEvery} is outside {ShortestInterval.TotalHours:0} hour to {LongestInterval.TotalDays:0} days");
            }

            if (source.Kommuner.Count == 0)
            {
                Error(key, "names no kommun");
            }
            foreach (var code in source.Kommuner.Where(c => !kommuner.ContainsKey(c)))
            {
                Error(key, $"kommun '{code}' is not in the reference data");
            }

            var onPolisen = source.Address is { } at && SourceHosts.IsPolisen(at.Host);
            if (source.Kind.StartsWith("polisen-", StringComparison.Ordinal) != onPolisen && source.Address is not null)
            {
                Warn(key, $"kind '{source.Kind}' but the address is on {source.Address.Host}");
            }
            if (source.Kind == SourceKinds.PolisenLoftePage && source.Kommuner.Count == 1 &&
                kommuner.TryGetValue(source.Kommuner[0], out var kommun) && source.Address is not null)
            {
                var expected = PolisenLoftePages.AddressFor(lan[kommun.LanCode].Name, kommun.Name);
                if (!string.Equals(source.Address.AbsoluteUri, expected, StringComparison.Ordinal) && source.FoundBy == FoundBy.SlugRule)
                {
                    Warn(key, $"made by the slug rule but differs from it: the rule gives {expected}");
                }
            }
        }

        var covered = registry.Sources.SelectMany(s => s.Kommuner).ToHashSet(StringComparer.Ordinal);
        var uncovered = reference.Kommuner.Where(k => !covered.Contains(k.Code)).Select(k => $"{k.Name} ({k.Code})").ToList();
        if (uncovered.Count > 0)
        {
            Warn(null, $"{uncovered.Count} kommun(er) without any source: {string.Join(", ", uncovered)}");
        }
        return problems;
    }
}
