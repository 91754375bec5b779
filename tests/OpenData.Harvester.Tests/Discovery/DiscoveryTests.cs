using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Reference;
using OpenData.Core.Storage;
using OpenData.Harvester.Discovery;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Sources;
using OpenData.Harvester.Tests.Fixtures;
using OpenData.Testing;
using OpenData.Testing.Web;

namespace OpenData.Harvester.Tests.Discovery;

/// <summary>
/// Discovery against a loopback polisen.se (127.0.0.1, with polisen.se's budget) and a kommun site (localhost):
/// what it finds, how it says it found it, and what the sites see of it. On both providers
/// (<see cref="DiscoveryTestsOnSqlite"/>, <see cref="DiscoveryTestsOnPostgres"/>).
/// </summary>
public abstract class DiscoveryTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const string New = "/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/";
    private static readonly ReferenceData Reference = ReferenceData.Load(RepositoryPaths.Data);

    private static RegisteredSource Seen(LiveHarvestHarness h, string key, string path, string kommun, string kind, string years, string host = "127.0.0.1") =>
        h.Source(key, path, kommun, host, kind) with { Basis = SourceBasis.SeenPublished, FoundBy = FoundBy.Census, SeenYears = [years] };

    private static async Task<DiscoveryReport> DiscoverAsync(LiveHarvestHarness h, SourceRegistry registry, params string[] kommuner)
    {
        using var host = h.BuildHost();
        await host.Services.GetRequiredService<OpenData.Core.Storage.DatabaseInitializer>().InitializeAsync();
        await host.Services.GetRequiredService<OpenData.Harvester.Storage.SourceRegistrySync>().SyncAsync(registry, CancellationToken.None);
        var activity = host.Services.GetRequiredService<FetchActivity>();
        await using var pump = new ClockPump(h.Clock, () => activity.InFlight == 0);
        return await host.Services.GetRequiredService<Discoverer>().RunAsync(registry, Reference, new DiscoverySettings
        {
            PolisenRoot = h.Site.Url("/"),
            GuessKommunHosts = false,
            Kommuner = kommuner.ToHashSet(),
            ThisYear = 2026,
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_kommun_whose_page_is_old_is_looked_for_under_the_other_patterns_and_its_redirect_followed()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        var kommunSite = h.Site.Url("/trygghet/medborgarlofte-vallentuna.4.1a2b.html", "localhost").AbsoluteUri;
        // The län pattern is gone; the second pattern moved to a new address that holds this year's löfte.
        h.Site.Serve($"{New}stockholms-lan/vallentuna/", Respond.Status(404));
        h.Site.Serve($"{New}vallentuna/", Respond.Redirect($"{New}stockholms-lan/vallentuna-2026/"));
        h.Site.Serve($"{New}stockholms-lan/vallentuna-2026/", Respond.Html(
            LoftePages.Polisen("Vallentuna", "2026–2027").Replace("</body>",
                $"<a href=\"/download/medborgarlofte-vallentuna-2026.pdf\">Medborgarlöfte 2026 Pdf, 120 kB</a><a href=\"{kommunSite}\">Kommunens sida</a></body>")));
        // The harvest finds the old address gone; the kommun's own page holds this year's löfte.
        h.Site.Serve("/om-polisen/medborgarloften/vallentuna/", Respond.Status(404));
        h.Site.Serve("localhost", "/trygg/", Respond.Html(LoftePages.Polisen("Vallentuna", "2026–2027")));
        var registry = LiveHarvestHarness.Registry(
            Seen(h, "polisen/medborgarloften/vallentuna", "/om-polisen/medborgarloften/vallentuna/", "0115", SourceKinds.PolisenLoftePage, "2019-2020"),
            Seen(h, "kommun/vallentuna", "/trygg/", "0115", SourceKinds.KommunPage, "2025-2026", "localhost"));
        await h.HarvestAsync(registry);

        var report = await DiscoverAsync(h, registry, "0115");

        var page = Assert.Single(report.Found, f => f.Kind == SourceKinds.PolisenLoftePage);
        Assert.Equal(h.Site.Url($"{New}stockholms-lan/vallentuna-2026/").AbsoluteUri, page.Url);
        Assert.Equal(FoundBy.Redirect, page.FoundBy);
        Assert.Equal(SourceBasis.Discovered, page.Basis);
        Assert.Contains($"{New}vallentuna/", page.Note);
        var pdf = Assert.Single(report.Found, f => f.Kind == SourceKinds.KommunDocument);
        Assert.EndsWith("/download/medborgarlofte-vallentuna-2026.pdf", pdf.Url);
        Assert.Equal(FoundBy.LinkedPage, pdf.FoundBy);
        var twin = Assert.Single(report.Found, f => f.Url == kommunSite);
        Assert.Equal(FoundBy.LinkedPage, twin.FoundBy);
        Assert.All(report.Found, f => Assert.Equal(["0115"], f.Kommuner));

        // After the harvest's two requests, two addresses asked (the third was not needed), every call 10 s apart,
        // robots.txt not asked again, nothing fetched twice.
        var polisen = h.Site.Requests("127.0.0.1");
        Assert.Equal(["/robots.txt", "/om-polisen/medborgarloften/vallentuna/", $"{New}stockholms-lan/vallentuna/", $"{New}vallentuna/", $"{New}stockholms-lan/vallentuna-2026/"],
            polisen.Select(r => r.Path));
        Assert.All(polisen.Zip(polisen.Skip(1)), p => Assert.True(p.Second.At - p.First.At >= TimeSpan.FromSeconds(10)));
        Assert.All(polisen, r => Assert.Equal($"OpenDataMedborgarloften/1.0 (+{LiveHarvestHarness.Contact})", r.UserAgent));
        // The kommun's page holds the löfte in force: its site is not searched.
        Assert.Equal(["/robots.txt", "/trygg/"], h.Site.Requests("localhost").Select(r => r.Path));

        // What answered is remembered: asked again, nothing is asked twice.
        var again = await DiscoverAsync(h, registry.WithDiscovered(report.Found), "0115");
        Assert.Empty(again.Found);
        Assert.Equal(5, h.Site.Requests("127.0.0.1").Count);
        await using var db = h.Database();
        var probes = await db.Sources.Where(s => s.Kind == SourceKind.DiscoveryProbe).Include(s => s.Kommuner).ToListAsync();
        Assert.Equal(2, probes.Count);
        Assert.Contains(probes, p => p.Status == SourceStatus.Gone && p.Url!.EndsWith("/stockholms-lan/vallentuna/"));
        Assert.All(probes, p => Assert.Equal("0115", Assert.Single(p.Kommuner).KommunCode));
        // The registry's own entries carry why they are known into the database.
        var seen = await db.Sources.SingleAsync(s => s.Key == "polisen/medborgarloften/vallentuna");
        Assert.Equal((SourceBasis.SeenPublished, FoundBy.Census, "2019-2020"), (seen.Basis, seen.FoundBy, seen.SeenYears));
    }

    [Fact]
    public async Task Slug_variants_are_tried_a_few_per_kommun()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        h.Site.Serve($"{New}ostergotlands-lan/odeshogs-kommun/", Respond.Html(LoftePages.Polisen("Ödeshög", "2025–2026")));
        var guess = h.Source("polisen/ostergotlands-lan/odeshog", $"{New}ostergotlands-lan/odeshog/", "0509") with { Basis = SourceBasis.Guess, FoundBy = FoundBy.SlugRule };
        // Until a harvest has asked the guess, discovery leaves the kommun alone.
        Assert.Empty((await DiscoverAsync(h, LiveHarvestHarness.Registry(guess), "0509")).Found);
        Assert.Empty(h.Site.Requests("127.0.0.1"));
        await h.HarvestAsync(LiveHarvestHarness.Registry(guess));

        var report = await DiscoverAsync(h, LiveHarvestHarness.Registry(guess), "0509");

        var found = Assert.Single(report.Found);
        Assert.EndsWith("/ostergotlands-lan/odeshogs-kommun/", found.Url);
        Assert.Equal(FoundBy.PolisenPattern, found.FoundBy);
        // The guess answered 404 to the harvest; then the second pattern's plain slug, then the län pattern's -kommun form.
        Assert.Equal(["/robots.txt", $"{New}ostergotlands-lan/odeshog/", $"{New}odeshog/", $"{New}ostergotlands-lan/odeshogs-kommun/"],
            h.Site.Requests("127.0.0.1").Select(r => r.Path));

        // The found address joins the registry, its guess goes, and the next harvest reads the löfte from it.
        var registry = LiveHarvestHarness.Registry(guess).WithDiscovered(report.Found);
        Assert.Equal([found], registry.Sources);
        var harvest = await h.HarvestAsync(registry);
        Assert.Equal(1, harvest.Summary.New);
        // Discovery asked it once and the harvest read it once.
        Assert.Equal(2, h.Site.Requests("127.0.0.1").Count(r => r.Path.EndsWith("/odeshogs-kommun/", StringComparison.Ordinal)));
        await using var db = h.Database();
        var lofte = await db.Loften.Include(l => l.Kommuner).SingleAsync();
        Assert.Equal("0509", Assert.Single(lofte.Kommuner).KommunCode);
        var source = await db.Sources.SingleAsync(s => s.Key == found.Key);
        Assert.Equal((SourceBasis.Discovered, FoundBy.PolisenPattern), (source.Basis, source.FoundBy));
    }

    [Fact]
    public async Task A_kommun_site_is_read_through_its_sitemaps_for_addresses_that_name_a_lofte()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        var site = h.Site;
        string Loc(string path) => $"<url><loc>{site.Url(path, "localhost")}</loc></url>";
        site.Serve("localhost", "/robots.txt", Respond.Text($"User-agent: *\nAllow: /\nSitemap: {site.Url("/sitemap_index.xml", "localhost")}\n"));
        site.Serve("localhost", "/sitemap_index.xml", Respond.Text(
            $"<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{site.Url("/sitemap1.xml.gz", "localhost")}</loc></sitemap></sitemapindex>",
            "application/xml"));
        var urlset = $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{Loc("/kultur/bibliotek.4.99.html")}" +
            $"{Loc("/trygghet/medborgarl%C3%B6fte-2025-2026.4.1a2b.html")}{Loc("/nyheter/2025-02-01-nytt-medborgarlofte.html")}</urlset>";
        using (var gz = new MemoryStream())
        {
            using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
            {
                zip.Write(Encoding.UTF8.GetBytes(urlset));
            }
            site.Serve("localhost", "/sitemap1.xml.gz", Respond.Page(gz.ToArray(), "application/gzip"));
        }
        site.Serve("localhost", "/trygghet/medborgarl%C3%B6fte-2025-2026.4.1a2b.html", Respond.Html("<html><body><h1>Medborgarlöfte</h1></body></html>"));
        var old = Seen(h, "kommun/lomma/trygghet", "/trygghet/", "1262", SourceKinds.KommunPage, "2018", "localhost");
        var polisen = Seen(h, "polisen/lomma", $"{New}skane-lan/lomma/", "1262", SourceKinds.PolisenLoftePage, "2025-2026");
        site.Serve("localhost", "/trygghet/", Respond.Status(404));
        site.Serve($"{New}skane-lan/lomma/", Respond.Html(LoftePages.Polisen("Lomma", "2025–2026")));
        await h.HarvestAsync(LiveHarvestHarness.Registry(old, polisen));
        var harvested = site.Requests("localhost").Count;

        var report = await DiscoverAsync(h, LiveHarvestHarness.Registry(old, polisen), "1262");

        Assert.Equal(2, report.Found.Count);
        Assert.All(report.Found, f => Assert.Equal(FoundBy.Sitemap, f.FoundBy));
        Assert.Contains(report.Found, f => f.Kind == SourceKinds.KommunPage && f.Url.Contains("/trygghet/medborgarl") && f.Publisher == "Lomma kommun");
        Assert.Contains(report.Found, f => f.Kind == SourceKinds.KommunNews && f.Url.EndsWith("nytt-medborgarlofte.html"));
        var requests = site.Requests("localhost").Select(r => r.Path).Skip(harvested).ToList();
        // The index, the gzipped sitemap, and one hop from each page found (for the documents it links): five at most.
        Assert.Equal(["/sitemap_index.xml", "/sitemap1.xml.gz", "/trygghet/medborgarl%C3%B6fte-2025-2026.4.1a2b.html", "/nyheter/2025-02-01-nytt-medborgarlofte.html"], requests);
        // polisen.se's page holds the löfte in force: discovery asks nothing there.
        Assert.Equal(["/robots.txt", $"{New}skane-lan/lomma/"], site.Requests("127.0.0.1").Select(r => r.Path));
    }

    [Fact]
    public void Addresses_name_a_lofte_in_every_spelling_and_sitemaps_are_read_plain_or_gzipped()
    {
        Assert.True(LofteWords.Names(new Uri("https://www.lomma.se/medborgarl%C3%B6fte.4.1.html")));
        Assert.True(LofteWords.Names(new Uri("https://mynewsdesk.com/se/x/pressreleases/medborgarloefte-foer-2022")));
        Assert.True(LofteWords.Names(new Uri("https://www.x.se/samverkansoverenskommelse-2024.pdf")));
        Assert.False(LofteWords.Names(new Uri("https://www.x.se/medborgare/service.html")));
        var xml = Encoding.UTF8.GetBytes("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc> https://a.se/x </loc></url><url><loc>ftp://a.se/y</loc></url></urlset>");
        Assert.Equal([new Uri("https://a.se/x")], SitemapDocument.Parse(xml).Locations);
        Assert.Throws<InvalidDataException>(() => SitemapDocument.Parse(Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><urlset>&e;</urlset>")));
        var robots = RobotsTxt.Parse(Encoding.UTF8.GetBytes("Sitemap: https://a.se/s.xml\nUser-agent: *\nDisallow: /x\nSitemap: https://a.se/t.xml.gz\n"), "OpenDataMedborgarloften");
        Assert.Equal([new Uri("https://a.se/s.xml"), new Uri("https://a.se/t.xml.gz")], robots.Sitemaps);
    }
}

public sealed class DiscoveryTestsOnSqlite : DiscoveryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class DiscoveryTestsOnPostgres : DiscoveryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
