using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Tests.Feeds;

/// <summary>The tests' löften, and two later changes: a reworded promise in Uppsala (1 May) and a follow-up's status in Malmö (10 May).</summary>
public class FeedServer : RichDataServer
{
    public static readonly DateTime Reworded = new(2025, 5, 1, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Followed = new(2025, 5, 10, 9, 0, 0, DateTimeKind.Utc);

    protected override async Task SeedAsync(IServiceProvider services)
    {
        await base.SeedAsync(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var uppsala = await db.Promises.Include(p => p.Lofte).FirstAsync(p => p.Lofte!.Key == "0380/2025" && p.Ordinal == 1);
        var malmo = await db.Promises.Include(p => p.Lofte).FirstAsync(p => p.Lofte!.Key == "1280/2025" && p.Ordinal == 1);
        var before = uppsala.Text;
        uppsala.Text = "Polisen lovar riktade trafikinsatser mot buskörning i Gränby och Årsta.";
        db.Changes.Add(new Change { At = Reworded, Kind = ChangeKind.PromiseChanged, LofteId = uppsala.LofteId, PromiseId = uppsala.Id, Before = before, After = uppsala.Text });
        db.Changes.Add(new Change { At = Followed, Kind = ChangeKind.PromiseStatusChanged, LofteId = malmo.LofteId, PromiseId = malmo.Id, Before = "ongoing", After = "done" });
        await db.SaveChangesAsync();
    }
}

/// <summary>The Atom feeds read as a feed reader reads them: with a real Atom parser (System.ServiceModel.Syndication), over HTTP.</summary>
public class FeedTests(FeedServer api) : IClassFixture<FeedServer>
{
    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        using var response = await api.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        // Throws unless the document is an Atom 1.0 feed.
        var formatter = new Atom10FeedFormatter();
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static string Summary(SyndicationItem item) => ((TextSyndicationContent)item.Summary).Text;

    private static Uri Link(SyndicationItem item, string rel) => Assert.Single(item.Links, l => l.RelationshipType == rel).Uri;

    [Fact]
    public async Task The_whole_feed_is_newest_first_in_swedish_dated_when_the_data_changed_and_links_the_page_and_the_archived_source()
    {
        var feed = await FeedAsync("/feeds/alla.atom");
        Assert.Equal("Medborgarlöften: nya och ändrade löften och åtaganden", feed.Title.Text);
        var items = feed.Items.ToList();
        // The recorded pages are read in at the server's start: the newest changes are theirs, then the tests' own.
        Assert.Equal(items[0].LastUpdatedTime, feed.LastUpdatedTime);
        Assert.Equal(50, items.Count);
        Assert.Equal(items.Select(i => i.LastUpdatedTime).OrderDescending(), items.Select(i => i.LastUpdatedTime));

        var followUp = Assert.Single(items, i => i.LastUpdatedTime.UtcDateTime == FeedServer.Followed);
        Assert.Equal("Uppföljning av ett åtagande i medborgarlöfte för Malmö 2025", followUp.Title.Text);
        Assert.Equal("Åtagandet är nu rapporterat genomfört (förut rapporterat pågående): Polisen lovar att förebygga narkotikabrott och droger bland unga i Rosengård.", Summary(followUp));
        Assert.Equal(FeedServer.Followed, followUp.LastUpdatedTime.UtcDateTime);

        var reworded = items[items.IndexOf(followUp) + 1];
        Assert.Equal("Ändrat åtagande i medborgarlöfte för Uppsala 2025", reworded.Title.Text);
        Assert.StartsWith("Nu: Polisen lovar riktade trafikinsatser mot buskörning i Gränby och Årsta.\nFörut: Polisen lovar riktade trafikinsatser mot buskörning i Gränby.", Summary(reworded));
        Assert.Equal(api.Address.AbsoluteUri + "?vy=kommun&kod=0380#lofte-0380%2F2025", Link(reworded, "alternate").AbsoluteUri);

        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        foreach (var item in items.Take(5))
        {
            var page = await api.Client.GetAsync(Link(item, "alternate"));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var source = Link(item, "via");
            Assert.StartsWith(api.Address.AbsoluteUri + "archive/", source.AbsoluteUri);
            Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(source)).StatusCode);
        }
    }

    [Fact]
    public async Task A_kommun_feed_holds_that_kommun_only_and_its_alternate_is_the_kommun_on_the_page()
    {
        var feed = await FeedAsync("/feeds/kommun/0380.atom");
        Assert.Equal("Medborgarlöften i Uppsala: nya och ändrade löften och åtaganden", feed.Title.Text);
        Assert.Equal(api.Address.AbsoluteUri + "?vy=kommun&kod=0380", Assert.Single(feed.Links, l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Name == "0380"));
        Assert.Equal("Ändrat åtagande i medborgarlöfte för Uppsala 2025", feed.Items.First().Title.Text);
        Assert.DoesNotContain(feed.Items, i => i.Title.Text.Contains("Malmö", StringComparison.Ordinal));

        // The tests' löften were all read on 1 March: a new löfte is dated then, not when the feed was asked for.
        var enkoping = await FeedAsync("/feeds/kommun/0381.atom");
        var added = Assert.Single(enkoping.Items, i => i.Title.Text == "Nytt medborgarlöfte för Enköping och Göteborg 2025");
        Assert.Equal(RichData.ReadAt, added.LastUpdatedTime.UtcDateTime);
        Assert.Equal("Polisen och Enköping och Göteborg har publicerat ett medborgarlöfte för 2025.", Summary(added));
    }

    [Fact]
    public async Task A_lan_feed_holds_the_kommuner_of_that_lan_and_a_theme_feed_the_promises_of_that_theme()
    {
        var vastmanland = await FeedAsync("/feeds/lan/19.atom");
        Assert.Contains("Västmanland", vastmanland.Title.Text, StringComparison.Ordinal);
        Assert.Contains(vastmanland.Items, i => i.Title.Text == "Nytt åtagande i medborgarlöfte för Sala 2024–2025");
        Assert.All(vastmanland.Items, i => Assert.Contains(i.Categories, c => c.Name.StartsWith("19", StringComparison.Ordinal)));

        var traffic = await FeedAsync("/feeds/tema/trafik.atom");
        Assert.Equal("Medborgarlöften med temat Trafiksäkerhet: nya och ändrade åtaganden", traffic.Title.Text);
        Assert.Contains(traffic.Items, i => i.Title.Text == "Ändrat åtagande i medborgarlöfte för Uppsala 2025");
        Assert.DoesNotContain(traffic.Items, i => Summary(i).Contains("Sala", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reader_that_has_the_feed_gets_304_and_an_unknown_kommun_gets_404()
    {
        using var first = await api.Client.GetAsync("/feeds/kommun/1280.atom");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/kommun/1280.atom");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await api.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/feeds/kommun/1280.atom");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(stale)).StatusCode);

        Assert.NotEqual(etag, (await api.Client.GetAsync("/feeds/kommun/0380.atom")).Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/feeds/kommun/9999.atom")).StatusCode);
    }
}
