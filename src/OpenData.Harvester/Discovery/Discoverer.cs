using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenData.Core.Coverage;
using OpenData.Core.Model;
using OpenData.Core.Reference;
using OpenData.Core.Storage;
using OpenData.Core.Text;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Sources;
using OpenData.Harvester.Storage;
using OpenData.Ingest.Formats;

namespace OpenData.Harvester.Discovery;

/// <summary>
/// `sources discover --live`: looks for löfte pages where nothing current is known, within every politeness rule of a
/// harvest (the same fetcher: robots.txt, spacing, the host budgets counted from the database). On polisen.se it asks
/// a few other addresses per kommun (the other patterns, the slug variants) and follows their redirects; on kommun
/// sites it reads robots.txt's Sitemap: lines or /sitemap.xml (indexes and .gz too) for addresses naming a löfte; from
/// each page found it takes one hop to the documents and the twin page it links. Nothing beyond: no crawling. Every
/// address asked is recorded with its answer; every one found becomes a registry entry saying how it was found.
/// </summary>
public sealed class Discoverer(
    PoliteFetcherFactory fetchers,
    ProbeRecords probes,
    IDbContextFactory<OpenDataContext> contexts,
    TimeProvider clock,
    ILogger<Discoverer> logger)
{
    private static readonly string[] SitemapTypes = ["application/xml", "text/xml", "application/gzip", "application/x-gzip"];
    private static readonly HtmlReader Html = new();

    public async Task<DiscoveryReport> RunAsync(SourceRegistry registry, ReferenceData reference, DiscoverySettings settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var known = await KnownAsync(registry, settings.ThisYear, ct);
        var kommuner = reference.Kommuner.Where(k => settings.Kommuner?.Contains(k.Code) ?? true).ToList();
        var needs = DiscoveryNeeds.For(registry, known, kommuner.Select(k => k.Code),
            code => settings.GuessKommunHosts ? $"https://www.{Slug.For(kommuner.First(k => k.Code == code).Name)}.se" : null);
        var origins = needs.SelectMany(n => n.KommunOrigins).ToHashSet(StringComparer.Ordinal);
        var hosts = registry.Hosts.Concat(origins.Select(o => new Uri(o).Host)).Append(settings.PolisenRoot.Host.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var limits = new RunLimits(now + settings.MaxDuration, settings.MaxRequests);
        var fetcher = fetchers.Create(limits, hosts);
        fetcher = fetcher.WithContentTypes([.. fetcher.ContentTypes, .. SitemapTypes]);
        var run = new Run(registry, await probes.AskedSinceAsync(now - settings.AskAgainAfter, ct), fetcher);

        var lan = reference.Lan.ToDictionary(l => l.Code);
        var names = kommuner.ToDictionary(k => k.Code);
        foreach (var need in needs.Where(n => n.Polisen))
        {
            if (run.PolisenStopped is not null || OutOfTime(limits))
            {
                break;
            }
            var kommun = names[need.KommunCode];
            var candidates = PolisenAddressVariants.For(lan[kommun.LanCode].Name, kommun.Name, settings.PolisenRoot)
                .Where(run.NotKnown).Take(settings.ProbesPerKommun).ToList();
            foreach (var url in candidates)
            {
                var result = await run.AskAsync(url, [need.KommunCode], FoundBy.PolisenPattern, probes, ct);
                if (result.Status == FetchStatus.Deferred || result.HostUnreachable)
                {
                    run.PolisenStopped = $"{url.Host}: {result.Error}";
                    break;
                }
                if (result.Status == FetchStatus.Fetched && NamesLofte(result))
                {
                    var page = run.Add(Entry(result.FinalUrl, SourceKinds.PolisenLoftePage, [need.KommunCode], "Polisen",
                        result.FinalUrl == url ? FoundBy.PolisenPattern : FoundBy.Redirect,
                        result.FinalUrl == url ? null : $"asked {url.AbsoluteUri}, answered from here after a redirect"));
                    run.Hop(result, page);
                    break;
                }
            }
        }

        // Kommun sites: one host at a time, each within its own handful of requests.
        foreach (var origin in needs.SelectMany(n => n.KommunOrigins).Distinct(StringComparer.Ordinal))
        {
            if (OutOfTime(limits))
            {
                break;
            }
            var forHost = needs.Where(n => n.KommunOrigins.Contains(origin)).Select(n => n.KommunCode).Order(StringComparer.Ordinal).ToList();
            await SitemapsAsync(run, new Uri(origin + "/"), forHost, names[forHost[0]].Name, settings, ct);
        }

        if (run.PolisenStopped is { } stop)
        {
            run.Stops.Add(stop);
        }
        var report = new DiscoveryReport(run.Found, needs.Count, run.Asked, limits.Requests, run.Stops);
        logger.LogInformation("Discovery: {Report}", report);
        return report;
    }

    private bool OutOfTime(RunLimits limits) => limits.RequestsSpent || clock.GetUtcNow().UtcDateTime >= limits.Deadline;

    private async Task SitemapsAsync(Run run, Uri origin, IReadOnlyList<string> kommuner, string kommunName, DiscoverySettings settings, CancellationToken ct)
    {
        var before = run.Fetcher.Limits.Requests;
        int Spent() => run.Fetcher.Limits.Requests - before;
        RobotsRules robots;
        try
        {
            robots = await run.Fetcher.RobotsAsync(origin, ct);
        }
        catch (FetchDeferredException e)
        {
            run.Stops.Add($"{origin.Host}: {e.Message}");
            return;
        }
        var queue = new Queue<Uri>(robots.Sitemaps.Count > 0 ? robots.Sitemaps.Take(settings.RequestsPerHost) : [new Uri(origin, "/sitemap.xml")]);
        var pages = new List<Uri>();
        while (queue.TryDequeue(out var sitemap) && Spent() < settings.RequestsPerHost)
        {
            if (!run.NotKnown(sitemap))
            {
                continue;
            }
            var result = await run.AskAsync(sitemap, kommuner, FoundBy.Sitemap, probes, ct);
            if (result.Status == FetchStatus.Deferred || result.HostUnreachable)
            {
                run.Stops.Add($"{origin.Host}: {result.Error}");
                return;
            }
            if (result.Status != FetchStatus.Fetched)
            {
                continue;
            }
            SitemapDocument document;
            try
            {
                document = SitemapDocument.Parse(result.Response!.Body!);
            }
            catch (InvalidDataException e)
            {
                logger.LogWarning("{Sitemap}: {Error}", sitemap, e.Message);
                continue;
            }
            if (document.IsIndex)
            {
                // Sitemaps that name löften by their own name first (Sitevision splits by section), then the rest.
                foreach (var child in document.Locations.OrderBy(l => LofteWords.Names(l) ? 0 : 1))
                {
                    queue.Enqueue(child);
                }
                continue;
            }
            pages.AddRange(document.Locations.Where(l => LofteWords.Names(l) && string.Equals(l.Host, origin.Host, StringComparison.OrdinalIgnoreCase)));
        }
        var publisher = KommunPublisher.For(kommunName);
        var found = pages.Distinct().Where(run.NotRegistered).Take(settings.FoundPerHost)
            .Select(url => run.Add(Entry(url, KindOfKommunAddress(url), kommuner, publisher, FoundBy.Sitemap, null)))
            .ToList();
        // One hop from the pages found: their documents and twin pages, while the host's handful lasts.
        foreach (var page in found.Where(f => f.Kind != SourceKinds.KommunDocument))
        {
            if (Spent() >= settings.RequestsPerHost)
            {
                break;
            }
            var result = await run.AskAsync(new Uri(page.Url), kommuner, FoundBy.Sitemap, probes, ct);
            if (result.Status == FetchStatus.Deferred || result.HostUnreachable)
            {
                break;
            }
            if (result.Status == FetchStatus.Fetched)
            {
                run.Hop(result, page);
            }
        }
    }

    private static string KindOfKommunAddress(Uri url)
    {
        var path = url.AbsolutePath.ToLowerInvariant();
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return SourceKinds.KommunDocument;
        }
        // Sitevision: .4. pages, .5. news items; news under /nyheter/ elsewhere.
        return path.Contains("/nyheter/", StringComparison.Ordinal) || path.Contains("/nyhetsarkiv/", StringComparison.Ordinal) || path.Contains(".5.", StringComparison.Ordinal)
            ? SourceKinds.KommunNews
            : SourceKinds.KommunPage;
    }

    private static bool NamesLofte(FetchResult result)
    {
        var body = result.Response?.Body;
        return body is not null && LofteWords.Names(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 2_000_000)));
    }

    private static RegisteredSource Entry(Uri url, string kind, IReadOnlyList<string> kommuner, string publisher, string foundBy, string? note) => new()
    {
        Key = "",
        Url = url.AbsoluteUri,
        Kind = kind,
        Kommuner = kommuner,
        Publisher = publisher,
        CheckEvery = kind switch
        {
            SourceKinds.PolisenLoftePage => "P7D",
            SourceKinds.KommunPage => "P14D",
            _ => "P90D",
        },
        Basis = SourceBasis.Discovered,
        FoundBy = foundBy,
        Note = note,
    };

    /// <summary>
    /// Each registered address's state, and whether a löfte in force this year was read from it (or from a document
    /// it links).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, DiscoveryNeeds.Known>> KnownAsync(SourceRegistry registry, int thisYear, CancellationToken ct)
    {
        var keys = registry.Sources.Select(s => s.Key).ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // A löfte of unknown period counts as known too: asking again would not tell its years.
        var inForce = db.Loften.Where(LofteInForce.During(thisYear));
        var undated = db.Loften.Where(LofteInForce.Undated);
        var holding = await db.Set<LofteDocument>()
            .Where(ld => inForce.Any(l => l.Id == ld.LofteId) || undated.Any(l => l.Id == ld.LofteId))
            .Select(ld => ld.Document!.Snapshot!.Source!)
            .Select(s => s.LinkedFrom != null ? s.LinkedFrom.Key : s.Key)
            .Distinct()
            .ToListAsync(ct);
        var holds = holding.ToHashSet(StringComparer.Ordinal);
        return await db.Sources.AsNoTracking().Where(s => keys.Contains(s.Key))
            .ToDictionaryAsync(s => s.Key, s => new DiscoveryNeeds.Known(s.Status, s.LastFetchedAt != null, holds.Contains(s.Key)), ct);
    }

    /// <summary>One run's state: what is known (the registry, the addresses asked lately), what was found.</summary>
    private sealed class Run(SourceRegistry registry, IReadOnlyDictionary<string, ProbeRecords.Probe> asked, PoliteFetcher fetcher)
    {
        private readonly HashSet<string> _registered = registry.Sources.Select(s => s.Address?.AbsoluteUri ?? s.Url).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _asked = asked.Keys.ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _keys = registry.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        public PoliteFetcher Fetcher { get; } = fetcher;

        public List<RegisteredSource> Found { get; } = [];

        public List<string> Stops { get; } = [];

        public string? PolisenStopped { get; set; }

        public int Asked { get; private set; }

        public bool NotRegistered(Uri url) => !_registered.Contains(url.AbsoluteUri);

        public bool NotKnown(Uri url) => NotRegistered(url) && !_asked.Contains(url.AbsoluteUri);

        public async Task<FetchResult> AskAsync(Uri url, IReadOnlyList<string> kommuner, string how, ProbeRecords records, CancellationToken ct)
        {
            _asked.Add(url.AbsoluteUri);
            Asked++;
            var result = await Fetcher.FetchAsync(url, null, ct);
            if (result.Attempts.Count > 0)
            {
                await records.RecordAsync(url, kommuner, how, result, ct);
            }
            return result;
        }

        /// <summary>An entry found, under a key of its own; the same address found twice is one entry.</summary>
        public RegisteredSource Add(RegisteredSource entry)
        {
            if (Found.FirstOrDefault(f => f.Url == entry.Url) is { } already)
            {
                return already;
            }
            _registered.Add(entry.Url);
            var key = CensusImport.KeyFor(new Uri(entry.Url));
            var unique = key;
            for (var n = 2; !_keys.Add(unique); n++)
            {
                unique = $"{key}~{n}";
            }
            var added = entry with { Key = unique };
            Found.Add(added);
            return added;
        }

        /// <summary>The one hop from a löfte page: its löfte documents, and its twin on polisen.se or the kommun's site.</summary>
        public void Hop(FetchResult page, RegisteredSource from)
        {
            var body = page.Response?.Body;
            if (body is null || (page.Response!.ContentType.Contains("pdf", StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }
            var links = Html.Read(body, page.Response.ContentType).Links;
            foreach (var document in LofteLinks.Find(links, page.FinalUrl).Where(u => Fetcher.IsRegistered(u) && NotRegistered(u)))
            {
                Add(Entry(document, SourceKinds.KommunDocument, from.Kommuner, from.Publisher, FoundBy.LinkedPage, $"linked from {from.Url}"));
            }
            foreach (var twin in TwinPages.Find(links, page.FinalUrl).Where(u => Fetcher.IsRegistered(u) && NotRegistered(u)))
            {
                var onPolisen = from.Kind is not (SourceKinds.PolisenLoftePage or SourceKinds.PolisenNews);
                Add(Entry(twin, onPolisen ? SourceKinds.PolisenLoftePage : KindOfKommunAddress(twin), from.Kommuner,
                    onPolisen ? "Polisen" : from.Publisher, FoundBy.LinkedPage, $"linked from {from.Url}"));
            }
        }
    }
}
