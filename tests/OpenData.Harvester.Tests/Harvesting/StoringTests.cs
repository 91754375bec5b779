using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Harvester.Sources;
using OpenData.Testing.Web;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

using OpenData.Harvester.Tests.Fixtures;

namespace OpenData.Harvester.Tests.Harvesting;

/// <summary>
/// What a re-harvest writes: only what changed, with the change recorded, and never anything deleted. On both
/// providers (<see cref="StoringTestsOnSqlite"/>, <see cref="StoringTestsOnPostgres"/>).
/// </summary>
public abstract class StoringTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const string Path = "/medborgarloften/uppsala-lan/habo/";

    private static SourceRegistry Habo(LiveHarvestHarness h) =>
        LiveHarvestHarness.Registry(h.Source("polisen/habo", Path, "0305") with { CheckEvery = "P1D" });

    private static async Task NextDayAsync(LiveHarvestHarness h, SourceRegistry registry)
    {
        h.Clock.Advance(TimeSpan.FromDays(1));
        await h.HarvestAsync(registry);
    }

    [Fact]
    public async Task The_same_content_in_other_markup_writes_no_new_document_and_no_change()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        var registry = Habo(h);
        h.Site.Serve(Path,
            Respond.Html(LoftePages.Polisen("Håbo", "2025–2026")),
            Respond.Html(LoftePages.Polisen("Håbo", "2025–2026", chrome: "Sök Stäng Meny Javascript är inte påslaget").Replace("<li>", "<li>\n   ")),
            Respond.Html(LoftePages.Polisen("Håbo", "2025–2026", polisen: LoftePages.PolisenLovar.Reverse())));

        await h.HarvestAsync(registry);
        var changesAfterFirst = await CountChangesAsync(h);
        await NextDayAsync(h, registry);
        await NextDayAsync(h, registry);

        Assert.Equal(changesAfterFirst, await CountChangesAsync(h));
        await using var db = h.Database();
        Assert.Equal(3, await db.Snapshots.CountAsync(s => s.Source!.Key == "polisen/habo"));
        Assert.Equal(3, await db.ArchivedBodies.CountAsync(b => b.Content.Length > 200));
        Assert.Single(await db.Documents.ToListAsync());
        var runs = await db.HarvestRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([1, 0, 0], runs.Select(r => r.New));
        Assert.Equal([0, 1, 1], runs.Select(r => r.Unchanged));
    }

    [Fact]
    public async Task A_changed_page_records_each_promise_added_reworded_and_removed()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        var registry = Habo(h);
        string[] revised =
        [
            "genomföra minst 6 riktade trafikinsatser under året vid skolorna",
            "vara synliga i centrum på fredagskvällar under sommaren",
            "starta en grupp för grannsamverkan i Bålsta",
        ];
        h.Site.Serve(Path, Respond.Html(LoftePages.Polisen("Håbo", "2025–2026")), Respond.Html(LoftePages.Polisen("Håbo", "2025–2026", polisen: revised)));

        await h.HarvestAsync(registry);
        var before = await CountChangesAsync(h);
        await NextDayAsync(h, registry);

        await using var db = h.Database();
        var lofte = await db.Loften.Include(l => l.Promises).SingleAsync();
        var changes = await db.Changes.OrderBy(c => c.Id).Skip(before).ToListAsync();
        Assert.Contains(changes, c => c.Kind == ChangeKind.PromiseChanged && c.Before!.Contains("minst 4") && c.After!.Contains("minst 6"));
        Assert.Contains(changes, c => c.Kind == ChangeKind.PromiseAdded && c.After!.Contains("grannsamverkan"));
        Assert.Contains(changes, c => c.Kind == ChangeKind.PromiseRemoved && c.Before!.Contains("föreningar"));
        Assert.Equal(3, changes.Count);
        Assert.All(changes, c => Assert.NotNull(c.ToSnapshotId));
        // Nothing is deleted: the removed promise stays, withdrawn.
        Assert.Equal(6, lofte.Promises.Count);
        Assert.Single(lofte.Promises, p => p.WithdrawnAt is not null);
        Assert.Equal(2, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_new_period_at_the_same_address_is_a_new_lofte_that_supersedes_the_old_one()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        var registry = Habo(h);
        h.Site.Serve(Path, Respond.Html(LoftePages.Polisen("Håbo", "2023–2024")),
            Respond.Html(LoftePages.Polisen("Håbo", "2025–2026", polisen: ["arbeta med trygghetsskapande insatser i Bålsta centrum"])));

        await h.HarvestAsync(registry);
        await NextDayAsync(h, registry);

        await using var db = h.Database();
        var loften = await db.Loften.Include(l => l.Promises).OrderBy(l => l.FirstYear).ToListAsync();
        Assert.Equal(["0305/2023-2024", "0305/2025-2026"], loften.Select(l => l.Key));
        Assert.Equal(LofteStatus.Superseded, loften[0].Status);
        Assert.Equal(loften[1].Id, loften[0].SupersededById);
        Assert.Equal(5, loften[0].Promises.Count(p => p.WithdrawnAt is null));
        Assert.Contains(await db.Changes.ToListAsync(), c => c.Kind == ChangeKind.LofteSuperseded && c.LofteId == loften[0].Id);
    }

    [Fact]
    public async Task The_same_lofte_on_polisen_se_and_the_kommun_site_is_one_lofte_with_two_sources()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        h.Site.Serve(Path, Respond.Html(LoftePages.Polisen("Håbo", "2025–2026")));
        h.Site.Serve("localhost", "/trygghet/medborgarlofte", Respond.Html(LoftePages.Polisen("Håbo", "2025–2026",
            kommunen: ["förbättra belysningen vid pendeltågsstationen i Bålsta", "anordna trygghetsvandringar två gånger per år", "stödja nattvandrare"])));
        var registry = LiveHarvestHarness.Registry(
            h.Source("polisen/habo", Path, "0305"),
            h.Source("kommun/habo", "/trygghet/medborgarlofte", "0305", host: "localhost", kind: SourceKinds.KommunPage));

        await h.HarvestAsync(registry);

        await using var db = h.Database();
        var lofte = await db.Loften.Include(l => l.Documents).ThenInclude(d => d.Document!).ThenInclude(d => d.Snapshot!).ThenInclude(s => s.Source).SingleAsync();
        Assert.Equal("0305/2025-2026", lofte.Key);
        Assert.Equal(["kommun/habo", "polisen/habo"], lofte.Documents.Select(d => d.Document!.Snapshot!.Source!.Key).Order());
    }

    [Fact]
    public async Task A_lofte_pdf_linked_from_a_page_is_fetched_and_nothing_else_is_followed()
    {
        await using var h = await LiveHarvestHarness.StartAsync(Provider);
        var links = """
            <p><a href="/download/18.1/Medborgarl%C3%B6fte%202025-2026.pdf">Medborgarlöfte 2025-2026 Pdf, 164.3 kB</a></p>
            <p><a href="/download/18.2/arsredovisning.pdf">Årsredovisning 2024 Pdf</a></p>
            <p><a href="/om-polisen/medborgarloften/">Alla medborgarlöften</a></p>
            <p><a href="http://localhost:PORT/medborgarlofte.pdf">Medborgarlöfte (pdf) hos kommunen</a></p>
            """.Replace("PORT", h.Site.Port.ToString());
        h.Site.Serve(Path, Respond.Html(LoftePages.Polisen("Håbo", "2025–2026", extraBody: links)));
        h.Site.Serve("/download/18.1/Medborgarl%C3%B6fte%202025-2026.pdf", Respond.Page(Pdf("Medborgarloften for Habo 2025-2026"), "application/pdf"));

        await h.HarvestAsync(Habo(h));

        Assert.Equal(["/robots.txt", Path, "/download/18.1/Medborgarl%C3%B6fte%202025-2026.pdf"], h.Site.Log.Select(r => r.Path));
        Assert.True(h.Site.Log.Last().At - h.RequestsFor(Path)[0].At >= TimeSpan.FromSeconds(10));
        await using var db = h.Database();
        var pdf = await db.Sources.Include(s => s.Kommuner).Include(s => s.LinkedFrom).SingleAsync(s => s.Kind == SourceKind.LinkedDocument);
        Assert.Equal("polisen/habo", pdf.LinkedFrom!.Key);
        Assert.Equal(["0305"], pdf.Kommuner.Select(k => k.KommunCode));
        var snapshot = await db.Snapshots.SingleAsync(s => s.SourceId == pdf.Id);
        Assert.Equal("application/pdf", snapshot.ContentType);
        Assert.NotNull(snapshot.Sha256);
        Assert.Equal(pdf.LastFetchedAt + TimeSpan.FromDays(1), pdf.NextDueAt);
    }

    private static async Task<int> CountChangesAsync(LiveHarvestHarness h)
    {
        await using var db = h.Database();
        return await db.Changes.CountAsync();
    }

    /// <summary>A one-page PDF; the standard fonts lack å/ä/ö, so its text does without.</summary>
    private static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        page.AddText("Polisen lovar att genomfora minst 4 riktade trafikinsatser.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 720), font);
        return builder.Build();
    }
}

public sealed class StoringTestsOnSqlite : StoringTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class StoringTestsOnPostgres : StoringTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
