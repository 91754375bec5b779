using OpenData.Harvester.Fetching;
using OpenData.Harvester.Sources;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Testing.Web;

using OpenData.Harvester.Tests.Fixtures;

namespace OpenData.Harvester.Tests.Harvesting;

/// <summary>What a site owner sees of a live harvest: who is asking, how often, and that robots.txt is obeyed.</summary>
public class PolitenessTests
{
    private static readonly string[] Kommuner = ["0305", "0643", "0765", "1980", "2463", "1214"];
    private static readonly string[] Names = ["Håbo", "Habo", "Älmhult", "Västerås", "Åsele", "Svalöv"];

    private static (LoopbackSite Site, SourceRegistry Registry) SixPages(LiveHarvestHarness h)
    {
        var sources = new List<RegisteredSource>();
        for (var i = 0; i < Kommuner.Length; i++)
        {
            var path = $"/medborgarloften/{i}/";
            h.Site.Serve(path, Respond.Html(LoftePages.Polisen(Names[i], "2025–2026")));
            sources.Add(h.Source($"polisen/{i}", path, Kommuner[i]));
        }
        return (h.Site, LiveHarvestHarness.Registry([.. sources]));
    }

    [Fact]
    public async Task Every_request_names_the_harvester_and_keeps_ten_seconds_from_the_last()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        var (site, registry) = SixPages(h);

        var report = await h.HarvestAsync(registry);

        Assert.Equal(6, report.Summary.New);
        var requests = site.Requests("127.0.0.1");
        Assert.Equal("/robots.txt", requests[0].Path);
        Assert.Equal(7, requests.Count);
        Assert.All(requests, r => Assert.Equal($"OpenDataMedborgarloften/1.0 (+{LiveHarvestHarness.Contact})", r.UserAgent));
        Assert.All(requests.Zip(requests.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(10),
            $"{pair.First.Path} at {pair.First.At:HH:mm:ss}, then {pair.Second.Path} at {pair.Second.At:HH:mm:ss}"));

        await using var db = h.Database();
        Assert.Equal(6, await db.Snapshots.CountAsync(s => s.Source!.Kind == SourceKind.PolisenLoftePage && s.HttpStatus == 200));
        Assert.Equal(6, await db.Loften.CountAsync());
        Assert.All(await db.Sources.Where(s => s.Kind == SourceKind.PolisenLoftePage).ToListAsync(), s =>
        {
            Assert.Equal(SourceStatus.Active, s.Status);
            Assert.Equal(s.LastFetchedAt + TimeSpan.FromDays(7), s.NextDueAt);
        });
    }
}

public class RobotsTests
{
    [Fact]
    public async Task A_disallowed_page_is_never_requested_and_its_source_says_why()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve("/robots.txt", Respond.Text("User-agent: *\nDisallow: /privat/\n\nUser-agent: SomeOtherBot\nDisallow: /\n"));
        h.Site.Serve("/privat/habo/", Respond.Html(LoftePages.Polisen("Håbo", "2025")));
        h.Site.Serve("/oppet/alvesta/", Respond.Html(LoftePages.Polisen("Alvesta", "2025")));
        var registry = LiveHarvestHarness.Registry(h.Source("p/habo", "/privat/habo/", "0305"), h.Source("p/alvesta", "/oppet/alvesta/", "0764"));

        var report = await h.HarvestAsync(registry);

        Assert.Empty(h.RequestsFor("/privat/habo/"));
        Assert.Single(h.RequestsFor("/oppet/alvesta/"));
        Assert.Equal(1, report.Summary.Failed);
        await using var db = h.Database();
        var habo = await db.Sources.SingleAsync(s => s.Key == "p/habo");
        Assert.Contains("robots.txt disallows /privat/habo/", habo.LastError);
        Assert.Empty(await db.Snapshots.Where(s => s.SourceId == habo.Id).ToListAsync());
    }

    [Fact]
    public async Task The_group_for_this_harvester_wins_over_the_star_group_and_its_crawl_delay_is_kept()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve("localhost", "/robots.txt", Respond.Text(
            "User-agent: *\nDisallow: /\n\nUser-agent: OpenDataMedborgarloften\nAllow: /\nCrawl-delay: 30\n"));
        var sources = Enumerable.Range(0, 3).Select(i =>
        {
            h.Site.Serve("localhost", $"/sida/{i}", Respond.Html(LoftePages.Polisen("Håbo", $"{2020 + i}")));
            return h.Source($"k/{i}", $"/sida/{i}", "0305", host: "localhost", kind: SourceKinds.KommunPage);
        }).ToArray();

        await h.HarvestAsync(LiveHarvestHarness.Registry(sources));

        var requests = h.Site.Requests("localhost");
        Assert.Equal(4, requests.Count);
        Assert.All(requests.Zip(requests.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_and_kept_for_the_next_run_within_a_day()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve("/a/", Respond.Html(LoftePages.Polisen("Håbo", "2025")));
        var registry = LiveHarvestHarness.Registry(h.Source("p/a", "/a/", "0305") with { CheckEvery = "PT1H" });

        await h.HarvestAsync(registry);
        h.Clock.Advance(TimeSpan.FromHours(2));
        await h.HarvestAsync(registry);
        h.Clock.Advance(TimeSpan.FromHours(23));
        await h.HarvestAsync(registry);

        Assert.Equal(2, h.RequestsFor("/robots.txt").Count);
        Assert.Equal(3, h.RequestsFor("/a/").Count);
    }

    [Fact]
    public async Task A_robots_txt_that_fails_with_a_server_error_disallows_everything()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve("/robots.txt", Respond.Status(500));
        h.Site.Serve("/a/", Respond.Html(LoftePages.Polisen("Håbo", "2025")));

        var report = await h.HarvestAsync(LiveHarvestHarness.Registry(h.Source("p/a", "/a/", "0305")), o => o.MaxRetries = 1);

        Assert.Empty(h.RequestsFor("/a/"));
        Assert.Equal(2, h.RequestsFor("/robots.txt").Count);
        Assert.Equal(1, report.Summary.Failed);
    }
}

public class BudgetTests
{
    private static SourceRegistry Pages(LiveHarvestHarness h, int count)
    {
        var codes = new[] { "0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127", "0128", "0136" };
        return LiveHarvestHarness.Registry(Enumerable.Range(0, count).Select(i =>
        {
            h.Site.Serve($"/lofte/{i}/", Respond.Html(LoftePages.Polisen($"Kommun {i}", "2025")));
            return h.Source($"p/{i}", $"/lofte/{i}/", codes[i]);
        }).ToArray());
    }

    [Fact]
    public async Task The_hourly_budget_holds_across_runs_and_every_page_is_fetched_once_in_the_end()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        var registry = Pages(h, 7);
        void ThreeAnHour(HarvesterOptions o) => o.Hosts["127.0.0.1"].PerHour = 3;

        var first = await h.HarvestAsync(registry, ThreeAnHour, maxDuration: TimeSpan.FromMinutes(30));
        h.Clock.Advance(TimeSpan.FromMinutes(20));
        var second = await h.HarvestAsync(registry, ThreeAnHour, maxDuration: TimeSpan.FromMinutes(30));
        h.Clock.Advance(TimeSpan.FromHours(1));
        var third = await h.HarvestAsync(registry, ThreeAnHour, maxDuration: TimeSpan.FromHours(3));

        Assert.Equal(2, first.Summary.Fetched); // robots.txt took the third request of the hour
        Assert.Equal(5, first.StillDue);
        Assert.Equal(0, second.Summary.Fetched);
        Assert.Equal(5, third.Summary.Fetched);
        Assert.Equal(0, third.StillDue);
        var times = h.Site.Requests("127.0.0.1").Select(r => r.At).ToList();
        Assert.All(times, t => Assert.True(times.Count(u => u > t - TimeSpan.FromHours(1) && u <= t) <= 3, $"more than 3 requests in the hour before {t:HH:mm}"));
        Assert.All(Enumerable.Range(0, 7), i => Assert.Single(h.RequestsFor($"/lofte/{i}/")));
        await using var db = h.Database();
        Assert.Equal(7, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_run_stops_at_its_time_budget_and_the_next_takes_up_the_rest()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        var registry = Pages(h, 10);

        var first = await h.HarvestAsync(registry, maxDuration: TimeSpan.FromSeconds(45));
        var second = await h.HarvestAsync(registry);

        Assert.Equal(4, first.Summary.Fetched); // robots at 0 s, pages at 10, 20, 30, 40 s
        Assert.Equal(6, first.StillDue);
        Assert.Contains(first.Stops, s => s.Contains("after this run's end"));
        Assert.Equal(6, second.Summary.Fetched);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Single(h.RequestsFor($"/lofte/{i}/")));
        await using var db = h.Database();
        var runs = await db.HarvestRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([4, 6], runs.Select(r => r.Fetched));
        Assert.All(runs, r => Assert.NotNull(r.FinishedAt));
    }

    [Fact]
    public async Task A_run_sends_no_more_requests_than_its_request_budget()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        var registry = Pages(h, 5);

        var report = await h.HarvestAsync(registry, maxRequests: 3);

        Assert.Equal(3, h.Site.Log.Count);
        Assert.Equal(3, report.Requests);
        Assert.Equal(2, report.Summary.Fetched);
        Assert.Equal(3, report.StillDue);
    }
}
