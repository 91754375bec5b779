using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenData.Core.Reference;
using OpenData.Core.Text;
using OpenData.Testing.Documents;

namespace OpenData.Testing.Web;

/// <summary>
/// A national stand-in web on one loopback Kestrel, dispatched by Host: polisen.se and every host of the registry,
/// plus www.&lt;kommun&gt;.se for each of the 290 kommuner, all named as on the real web (served over http; the
/// test maps the names to the server). Generated from the project's reference data and the registry
/// (data/sources.json): one löfte planted per kommun, in the shapes the census saw — the registered address
/// itself, an old address redirecting to a new one, a registered address gone (404) with the page under another
/// of polisen.se's three patterns, a kommun site whose page is gone but whose robots.txt names a sitemap index
/// with a .gz sitemap of Sitevision paths, a page shared by the kommuner it names, a kommun that publishes only
/// on its own site, and linked PDFs. Everything not planted answers 404.
/// </summary>
public sealed class StandInWeb : IAsyncDisposable
{
    public const string Polisen = "polisen.se";
    private const string NewPattern = "/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/";
    private const string OldPattern = "/om-polisen/medborgarloften/";

    private readonly Dictionary<string, PlantedLofte> _planted = new(StringComparer.Ordinal);

    private StandInWeb(LoopbackSite site) => Site = site;

    public LoopbackSite Site { get; }

    /// <summary>Every host name of the stand-in web (polisen.se first), each answered by <see cref="Site"/>.</summary>
    public IReadOnlyList<string> Hosts { get; private set; } = [];

    /// <summary>The names and the loopback endpoint each is dialled at.</summary>
    public IReadOnlyDictionary<string, IPEndPoint> Endpoints => Hosts.ToDictionary(h => h, _ => new IPEndPoint(IPAddress.Loopback, Site.Port));

    /// <summary>The registry the harvester starts from: data/sources.json with its addresses on http.</summary>
    public required string RegistryFile { get; init; }

    /// <summary>Where each kommun's löfte was planted, by kommunkod.</summary>
    public IReadOnlyDictionary<string, PlantedLofte> Planted => _planted;

    public static async Task<StandInWeb> StartAsync(TimeProvider clock, ReferenceData reference, string sourcesFile, string folder)
    {
        var registry = JsonNode.Parse(File.ReadAllText(sourcesFile))!.AsObject();
        var sources = registry["sources"]!.AsArray();
        foreach (var source in sources)
        {
            if (source!["url"] is { } url && url.GetValue<string>().StartsWith("https://", StringComparison.Ordinal))
            {
                source["url"] = "http://" + url.GetValue<string>()["https://".Length..];
            }
        }
        var registryFile = Path.Combine(folder, "sources.json");
        File.WriteAllText(registryFile, registry.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        var entries = sources.Where(s => s!["url"] is not null).Select(s => new Entry(
            new Uri(s!["url"]!.GetValue<string>()), s["kind"]!.GetValue<string>(), s["basis"]?.GetValue<string>() ?? "",
            s["kommuner"]!.AsArray().Select(k => k!.GetValue<string>()).ToList())).ToList();

        var web = new StandInWeb(await LoopbackSite.StartAsync(clock)) { RegistryFile = registryFile };
        web.Plant(reference, entries);
        return web;
    }

    private void Plant(ReferenceData reference, List<Entry> entries)
    {
        var lan = reference.Lan.ToDictionary(l => l.Code, l => l.Name);
        var names = reference.Kommuner.ToDictionary(k => k.Code, k => k.Name);
        var registered = entries.Select(e => e.Url.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        var hosts = new List<string> { Polisen };
        hosts.AddRange(entries.Select(e => e.Url.Host).Where(h => h != Polisen));
        hosts.AddRange(reference.Kommuner.Select(k => $"www.{Slug.For(k.Name)}.se"));
        Hosts = hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var sitemaps = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);

        var i = 0;
        foreach (var kommun in reference.Kommuner.OrderBy(k => k.Code, StringComparer.Ordinal))
        {
            if (_planted.ContainsKey(kommun.Code))
            {
                continue; // planted with a shared page
            }
            var slug = Slug.For(kommun.Name);
            var lanSlug = Slug.For(lan[kommun.LanCode]) is "vastra-gotalands-lan" ? "vastra-gotaland" : Slug.For(lan[kommun.LanCode]);
            var mine = entries.Where(e => e.Kommuner.Contains(kommun.Code)).ToList();
            var onPolisen = mine.Where(e => e.Url.Host == Polisen && e.Kind == "polisen-lofte-page")
                .OrderBy(e => e.Basis == "guess").ThenBy(e => e.Url.AbsoluteUri.Contains("-och-lokal-samverkan") ? 0 : 1).ToList();
            var onKommunSite = mine.Where(e => e.Url.Host != Polisen && e.Kind == "kommun-page").ToList();
            var n = i++;
            if (onPolisen.Count == 0 && onKommunSite.Count > 0)
            {
                var page = onKommunSite[0];
                if (n % 2 == 0)
                {
                    // The kommun publishes only on its own site, at the address seen.
                    Serve(page.Url, Page(kommun.Name, [kommun.Name]), PlantedHow.OwnSiteOnly, [kommun.Code]);
                }
                else
                {
                    // The page seen is gone; the site's sitemap names where it went.
                    var moved = new Uri(page.Url, $"/trygghet-och-sakerhet/medborgarlofte-{slug}.4.{kommun.Code}a1b2c3.html");
                    Serve(moved, Page(kommun.Name, [kommun.Name]), PlantedHow.Sitemap, [kommun.Code]);
                    if (!sitemaps.TryGetValue(page.Url.Host, out var listed))
                    {
                        sitemaps[page.Url.Host] = listed = [];
                    }
                    listed.Add(moved.AbsoluteUri);
                }
                continue;
            }
            var variants = new[] { $"{NewPattern}{lanSlug}/{slug}/", $"{NewPattern}{slug}/", $"{OldPattern}{slug}/" }
                .Select(p => new Uri($"http://{Polisen}{p}")).ToList();
            if (onPolisen.Count == 0)
            {
                // Nothing registered: the page is where the first pattern puts it.
                var at = variants.First(v => !registered.Contains(v.AbsoluteUri));
                Serve(at, Page(kommun.Name, [kommun.Name]), PlantedHow.Discovery, [kommun.Code]);
                continue;
            }
            var known = onPolisen[0];
            var covers = known.Kommuner.Where(names.ContainsKey).Where(k => !_planted.ContainsKey(k)).ToList();
            var covered = covers.Select(k => names[k]).ToList();
            switch (n % 10)
            {
                case 0:
                    // An old address that moved: it redirects to the new one.
                    var to = new Uri($"http://{Polisen}{NewPattern}{lanSlug}/{slug}-2025/");
                    Site.Serve(Polisen, known.Url.AbsolutePath, Respond.Redirect(to.AbsoluteUri));
                    Serve(to, Page(kommun.Name, covered), PlantedHow.Redirect, covers);
                    break;
                case 3 when variants.FirstOrDefault(v => !registered.Contains(v.AbsoluteUri)) is { } free:
                    // The registered address is gone (404): the page is under another pattern.
                    Serve(free, Page(kommun.Name, [kommun.Name]), PlantedHow.Discovery, [kommun.Code]);
                    break;
                case 5 or 7:
                    // The page links its löfte as a PDF.
                    var pdf = new Uri($"http://{Polisen}/download/18.{kommun.Code}f00/medborgarlofte-{slug}-2025-2026.pdf");
                    Site.Serve(Polisen, pdf.AbsolutePath, Respond.Page(Pdf(kommun.Name), "application/pdf"));
                    Serve(known.Url, Page(kommun.Name, covered, pdf.AbsoluteUri), PlantedHow.WithPdf, covers);
                    break;
                default:
                    Serve(known.Url, Page(kommun.Name, covered), covers.Count > 1 ? PlantedHow.Shared : PlantedHow.Registered, covers);
                    break;
            }
        }

        foreach (var host in Hosts)
        {
            var robots = "User-agent: *\nAllow: /\n";
            if (sitemaps.TryGetValue(host, out var listed))
            {
                robots += $"Sitemap: http://{host}/sitemap.xml\n";
                Site.Serve(host, "/sitemap.xml", Respond.Page(Encoding.UTF8.GetBytes(
                    $"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://{host}/sitemap1.xml.gz</loc></sitemap></sitemapindex>"""),
                    "application/xml"));
                string[] others = [$"http://{host}/kommun-och-politik.4.1f2e.html", $"http://{host}/skola-och-forskola.4.2a3b.html", $"http://{host}/nyheter/ny-cykelbana.5.3c4d.html"];
                var urlset = $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(others.Concat(listed).Select(u => $"<url><loc>{u}</loc></url>"))}</urlset>""";
                Site.Serve(host, "/sitemap1.xml.gz", Respond.Page(Gzip(urlset), "application/gzip"));
            }
            Site.Serve(host, "/robots.txt", Respond.Text(robots));
        }
    }

    private void Serve(Uri at, string html, PlantedHow how, IReadOnlyList<string> kommuner)
    {
        Site.Serve(at.Host, at.AbsolutePath, Respond.Html(html, etag: $"\"{Math.Abs(at.AbsoluteUri.GetHashCode())}\""));
        foreach (var code in kommuner)
        {
            _planted[code] = new PlantedLofte(code, at, how);
        }
    }

    private static string Page(string kommun, IReadOnlyList<string> covered, string? pdf = null)
    {
        var names = covered.Count > 1 ? string.Join(", ", covered.Take(covered.Count - 1)) + " och " + covered[^1] : kommun;
        var link = pdf is null ? "" : $"<p><a href=\"{pdf}\">Medborgarlöfte {WebUtility.HtmlEncode(kommun)} 2025–2026 (pdf, 120 kB)</a></p>";
        return $"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(names)} – medborgarlöften | Polismyndigheten</title></head>
            <body><header><nav>Sök Stäng Meny</nav></header>
            <main><div class="editorial-content">
            <h1>{WebUtility.HtmlEncode(names)} – medborgarlöften</h1>
            <p class="preamble">Polisen och {WebUtility.HtmlEncode(names)} kommun har tecknat medborgarlöften för 2025–2026.</p>
            <div class="text-body editorial-html">
            <h2>Polisen lovar att:</h2><ul>
            <li>genomföra minst 4 riktade trafikinsatser under året vid skolorna.</li>
            <li>vara synliga i centrum på fredagskvällar under sommaren.</li>
            </ul><h2>Kommunen lovar att:</h2><ul>
            <li>förbättra belysningen vid busstationen i {WebUtility.HtmlEncode(kommun)}.</li>
            <li>anordna trygghetsvandringar två gånger per år.</li>
            </ul>{link}
            </div></div></main><footer>Till toppen</footer></body></html>
            """;
    }

    private static byte[] Pdf(string kommun) => new TestPdf()
        .Line($"Medborgarlöfte 2025–2026 {kommun}", size: 16, bold: true).Gap()
        .Line("Polisen lovar att:", bold: true)
        .Line("• genomföra minst 4 riktade trafikinsatser under året vid skolorna")
        .Line("Kommunen lovar att:", bold: true)
        .Line("• anordna trygghetsvandringar två gånger per år")
        .Build();

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    private sealed record Entry(Uri Url, string Kind, string Basis, List<string> Kommuner);
}

/// <summary>Where and how one kommun's löfte sits on the stand-in web.</summary>
public sealed record PlantedLofte(string Kommun, Uri At, PlantedHow How);

public enum PlantedHow
{
    Registered,
    Shared,
    WithPdf,
    Redirect,
    Discovery,
    Sitemap,
    OwnSiteOnly,
}
