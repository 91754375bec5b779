using OpenData.Harvester.Sources;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Testing.Web;

using OpenData.Harvester.Tests.Fixtures;

namespace OpenData.Harvester.Tests.Fetching;

/// <summary>
/// The faults of real websites, served by the local site: the harvester must neither hammer the site nor lose or
/// duplicate anything in the database.
/// </summary>
public class FaultTests
{
    private const string Path = "/medborgarloften/uppsala-lan/habo/";

    private static SourceRegistry Habo(LiveHarvestHarness h) =>
        LiveHarvestHarness.Registry(h.Source("polisen/habo", Path, "0305"));

    private static byte[] Page => Encoding.UTF8.GetBytes(LoftePages.Polisen("Håbo", "2025–2026"));

    private static async Task AssertStoredOnceAsync(LiveHarvestHarness h, byte[] body)
    {
        await using var db = h.Database();
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        var stored = await db.Snapshots.Where(s => s.Source!.Key == "polisen/habo" && s.Sha256 != null).ToListAsync();
        Assert.Equal(sha, Assert.Single(stored).Sha256);
        Assert.Equal(body, (await db.ArchivedBodies.SingleAsync(b => b.Sha256 == sha)).Content);
        Assert.Single(await db.Documents.ToListAsync());
        Assert.Equal("0305/2025-2026", (await db.Loften.SingleAsync()).Key);
    }

    [Fact]
    public async Task A_burst_of_503_is_retried_with_growing_waits_and_the_page_stored_once()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Status(503), Respond.Status(503), Respond.Status(503), Respond.Page(Page, Respond.HtmlUtf8));

        var report = await h.HarvestAsync(Habo(h), o => o.Hosts["127.0.0.1"].MinDelay = TimeSpan.Zero);

        Assert.Equal(1, report.Summary.New);
        var requests = h.RequestsFor(Path);
        Assert.Equal([503, 503, 503, 200], requests.Select(r => r.Status));
        var gaps = requests.Zip(requests.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.All(gaps, g => Assert.True(g > TimeSpan.Zero));
        await AssertStoredOnceAsync(h, Page);
        await using var db = h.Database();
        Assert.Equal(3, await db.Snapshots.CountAsync(s => s.HttpStatus == 503 && s.Error == "HTTP 503"));
        Assert.Equal(0, (await db.Sources.SingleAsync(s => s.Key == "polisen/habo")).ConsecutiveFailures);
    }

    [Fact]
    public async Task A_429_with_Retry_After_holds_the_whole_host_until_then()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Status(429, TimeSpan.FromSeconds(120)), Respond.Page(Page, Respond.HtmlUtf8));

        await h.HarvestAsync(Habo(h));

        var requests = h.RequestsFor(Path);
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(120));
        await AssertStoredOnceAsync(h, Page);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_run_is_not_retried_and_the_next_run_waits_for_it_too()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Status(429, TimeSpan.FromHours(2)), Respond.Page(Page, Respond.HtmlUtf8));
        h.Site.Serve("/other/", Respond.Html(LoftePages.Polisen("Alvesta", "2025")));
        var registry = LiveHarvestHarness.Registry(h.Source("polisen/habo", Path, "0305"), h.Source("polisen/alvesta", "/other/", "0764"));

        var first = await h.HarvestAsync(registry);
        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var second = await h.HarvestAsync(registry);
        h.Clock.Advance(TimeSpan.FromHours(2));
        var third = await h.HarvestAsync(registry);

        Assert.Equal(1, first.Summary.Failed);
        Assert.Equal(1, first.Summary.Deferred);
        Assert.Equal(0, second.Summary.Fetched);
        Assert.Equal(2, third.Summary.New);
        Assert.Equal([429, 200], h.RequestsFor(Path).Select(r => r.Status));
        Assert.Single(h.RequestsFor("/other/"));
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_abandoned_and_retried()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Slow(h.Clock, TimeSpan.FromSeconds(45), Respond.Page(Page, Respond.HtmlUtf8)), Respond.Page(Page, Respond.HtmlUtf8));

        var report = await h.HarvestAsync(Habo(h));

        Assert.Equal(1, report.Summary.New);
        var requests = h.RequestsFor(Path);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[0].Aborted);
        await AssertStoredOnceAsync(h, Page);
        await using var db = h.Database();
        Assert.Contains("no answer within 30 s", (await db.Snapshots.SingleAsync(s => s.Source!.Key == "polisen/habo" && s.Sha256 == null)).Error);
    }

    [Fact]
    public async Task A_reset_connection_is_retried()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Reset(), Respond.Page(Page, Respond.HtmlUtf8));

        await h.HarvestAsync(Habo(h));

        Assert.Equal(2, h.RequestsFor(Path).Count);
        await AssertStoredOnceAsync(h, Page);
    }

    [Fact]
    public async Task A_truncated_body_is_never_stored_and_the_whole_one_is_fetched_again()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Truncated(Page, Respond.HtmlUtf8), Respond.Page(Page, Respond.HtmlUtf8));

        await h.HarvestAsync(Habo(h));

        Assert.Equal(2, h.RequestsFor(Path).Count);
        await AssertStoredOnceAsync(h, Page);
        await using var db = h.Database();
        Assert.Equal(0, await db.ArchivedBodies.CountAsync(b => b.Content.Length < Page.Length && b.Content.Length > 100));
    }

    [Fact]
    public async Task A_Windows_1252_page_without_a_charset_is_stored_as_served_and_read_with_its_letters()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(1252).GetBytes(LoftePages.Polisen("Älmhult", "2024").Replace("<meta charset=\"utf-8\">", ""));
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Page(bytes, "text/html"));

        await h.HarvestAsync(LiveHarvestHarness.Registry(h.Source("polisen/habo", Path, "0765")));

        await using var db = h.Database();
        var snapshot = await db.Snapshots.Include(s => s.Body).SingleAsync(s => s.Source!.Key == "polisen/habo");
        Assert.Equal("text/html", snapshot.ContentType);
        Assert.Equal(bytes, snapshot.Body!.Content);
        var document = await db.Documents.Include(d => d.Kommuner).SingleAsync();
        Assert.Equal("Älmhult – medborgarlöften", document.Title);
        Assert.Equal("0765", Assert.Single(document.Kommuner).KommunCode);
        Assert.Contains(await db.Promises.Select(p => p.Text).ToListAsync(), t => t.Contains("trygghetsvandringar två gånger"));
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Redirect(h.Site.Url("/elsewhere/", "localhost").AbsoluteUri));
        h.Site.Serve("localhost", "/elsewhere/", Respond.Page(Page, Respond.HtmlUtf8));

        var report = await h.HarvestAsync(Habo(h));

        Assert.Empty(h.Site.Requests("localhost"));
        Assert.Equal(1, report.Summary.Failed);
        await using var db = h.Database();
        var source = await db.Sources.SingleAsync(s => s.Key == "polisen/habo");
        Assert.Contains("localhost, which is not a registered host", source.LastError);
        Assert.Equal(301, (await db.Snapshots.SingleAsync(s => s.SourceId == source.Id)).HttpStatus);
        Assert.Empty(await db.Documents.ToListAsync());
    }

    [Fact]
    public async Task A_redirect_within_the_host_is_followed_and_the_snapshot_keeps_where_the_body_came_from()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Redirect("/ny-adress/habo/", 308));
        h.Site.Serve("/ny-adress/habo/", Respond.Page(Page, Respond.HtmlUtf8));

        await h.HarvestAsync(Habo(h));

        await AssertStoredOnceAsync(h, Page);
        await using var db = h.Database();
        var stored = await db.Snapshots.SingleAsync(s => s.Sha256 != null && s.Source!.Key == "polisen/habo");
        Assert.Equal(h.Site.Url("/ny-adress/habo/").AbsoluteUri, stored.Url);
        Assert.True(h.RequestsFor("/ny-adress/habo/")[0].At - h.RequestsFor(Path)[0].At >= TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_50_MB_body_is_cut_off_at_the_limit_and_nothing_of_it_stored()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Endless(50L * 1024 * 1024));

        var report = await h.HarvestAsync(Habo(h));

        Assert.Equal(1, report.Summary.Failed);
        // One request, not retried. (How much the site wrote before it noticed the hang-up says little: after the
        // client closes, Kestrel accepts writes into a dead connection until its abort is signalled.)
        Assert.Single(h.RequestsFor(Path));
        await using var db = h.Database();
        var source = await db.Sources.SingleAsync(s => s.Key == "polisen/habo");
        Assert.Contains("larger than the limit of 1,048,576 bytes", source.LastError);
        Assert.Null((await db.Snapshots.SingleAsync(s => s.SourceId == source.Id)).Sha256);
        Assert.Equal(1, await db.ArchivedBodies.CountAsync()); // robots.txt
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_once_it_unpacks_past_the_limit()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Gzipped(packed.ToArray()));

        var report = await h.HarvestAsync(Habo(h));

        Assert.True(packed.Length < 1024 * 1024);
        Assert.Equal(1, report.Summary.Failed);
        Assert.Single(h.RequestsFor(Path));
        await using var db = h.Database();
        Assert.Contains("the gzip-decoded body is larger than the limit of 2,097,152 bytes", (await db.Sources.SingleAsync(s => s.Key == "polisen/habo")).LastError);
    }

    [Fact]
    public async Task A_gzip_encoded_page_is_unpacked_and_stored_as_the_page()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Page);
        }
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Gzipped(packed.ToArray()));

        await h.HarvestAsync(Habo(h));

        await AssertStoredOnceAsync(h, Page);
    }

    [Fact]
    public async Task A_content_type_the_harvester_does_not_read_is_refused_before_its_body()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Page(new byte[200_000], "image/png"));

        await h.HarvestAsync(Habo(h));

        await using var db = h.Database();
        Assert.Contains("content type image/png is not one the harvester reads", (await db.Sources.SingleAsync(s => s.Key == "polisen/habo")).LastError);
        Assert.Equal(1, await db.ArchivedBodies.CountAsync());
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_to_its_ETag_and_nothing_new_is_stored()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Page(Page, Respond.HtmlUtf8, etag: "\"v1\""));

        await h.HarvestAsync(Habo(h));
        h.Clock.Advance(TimeSpan.FromDays(8));
        var second = await h.HarvestAsync(Habo(h));

        Assert.Equal(1, second.Summary.Unchanged);
        var requests = h.RequestsFor(Path);
        Assert.Equal([200, 304], requests.Select(r => r.Status));
        Assert.Null(requests[0].IfNoneMatch);
        Assert.Equal("\"v1\"", requests[1].IfNoneMatch);
        await AssertStoredOnceAsync(h, Page);
        await using var db = h.Database();
        var source = await db.Sources.SingleAsync(s => s.Key == "polisen/habo");
        Assert.Equal(2, await db.Snapshots.CountAsync(s => s.SourceId == source.Id));
        Assert.Equal(source.LastFetchedAt + TimeSpan.FromDays(7), source.NextDueAt);
        Assert.Equal(LiveHarvestHarness.Start.UtcDateTime + TimeSpan.FromDays(8), source.LastFetchedAt!.Value, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_page_that_disappears_marks_its_source_gone_and_keeps_its_lofte()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Page(Page, Respond.HtmlUtf8), Respond.Status(404));

        await h.HarvestAsync(Habo(h));
        h.Clock.Advance(TimeSpan.FromDays(8));
        var second = await h.HarvestAsync(Habo(h));

        Assert.Equal(1, second.Summary.Gone);
        Assert.Equal([200, 404], h.RequestsFor(Path).Select(r => r.Status));
        await using var db = h.Database();
        var source = await db.Sources.SingleAsync(s => s.Key == "polisen/habo");
        Assert.Equal(SourceStatus.Gone, source.Status);
        var lofte = await db.Loften.Include(l => l.Promises).SingleAsync();
        Assert.Equal(LofteStatus.Current, lofte.Status);
        Assert.Equal(5, lofte.Promises.Count(p => p.WithdrawnAt == null));
    }

    [Fact]
    public async Task A_host_that_keeps_failing_is_left_alone_once_its_circuit_opens()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        var sources = Enumerable.Range(0, 6).Select(i =>
        {
            h.Site.Serve($"/p/{i}/", Respond.Status(500));
            return h.Source($"p/{i}", $"/p/{i}/", "0305");
        }).ToArray();

        var report = await h.HarvestAsync(LiveHarvestHarness.Registry(sources), o =>
        {
            o.MaxRetries = 1;
            o.CircuitBreaker.MinimumThroughput = 4;
            o.CircuitBreaker.FailureRatio = 0.75;
        });

        var pages = h.Site.Requests("127.0.0.1").Where(r => r.Path.StartsWith("/p/")).ToList();
        Assert.InRange(pages.Count, 3, 4);
        Assert.Contains(report.Stops, s => s.Contains("failed too often"));
        Assert.True(report.Summary.Deferred >= 4);
        Assert.Equal(6 - report.Summary.Failed, report.StillDue);
    }

    [Fact]
    public async Task Private_addresses_are_refused_unless_allowed()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve(Path, Respond.Page(Page, Respond.HtmlUtf8));

        var report = await h.HarvestAsync(Habo(h), o => o.AllowPrivateAddresses = false);

        Assert.Empty(h.Site.Log);
        Assert.Equal(1, report.Summary.Failed);
        await using var db = h.Database();
        Assert.Contains("resolves only to non-public addresses (127.0.0.1)", (await db.Sources.SingleAsync(s => s.Key == "polisen/habo")).LastError);
    }
}
