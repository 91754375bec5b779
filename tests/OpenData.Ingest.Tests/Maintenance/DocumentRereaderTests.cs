using OpenData.Ingest.Storage;
using OpenData.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Ingestion;
using OpenData.Ingest.Maintenance;
using OpenData.Testing;

using OpenData.Ingest.Tests.Fixtures;

namespace OpenData.Ingest.Tests.Maintenance;

public class DocumentRereaderTests
{
    private const string OlderExtractor = "extract-1";

    private static DocumentRereader Rereader(ServiceProvider services) => services.GetRequiredService<DocumentRereader>();

    /// <summary>
    /// Leaves the database as an older extractor would have: every document read by extract-1, and the Åsele page's
    /// traffic promise read with a wrong count (so its reading differs from what this build reads).
    /// </summary>
    private static async Task<(string SourceKey, string Misread, string Correct)> ReadByAnOlderExtractorAsync(ServiceProvider services)
    {
        await using var db = services.Db();
        var promise = await db.Promises.Include(p => p.Document!).ThenInclude(d => d.Snapshot!).ThenInclude(s => s.Source)
            .SingleAsync(p => p.Text.Contains("minst 4 riktade trafikinsatser"));
        var correct = promise.Text;
        promise.Text = correct.Replace("minst 4", "minst 3", StringComparison.Ordinal);
        promise.Document!.Fingerprint = "read by " + OlderExtractor;
        await db.Documents.ExecuteUpdateAsync(d => d.SetProperty(x => x.ExtractorVersion, OlderExtractor));
        await db.SaveChangesAsync();
        return (promise.Document.Snapshot!.Source!.Key, promise.Text, correct);
    }

    [Fact]
    public async Task What_an_older_extractor_misread_is_read_again_from_the_archive_and_the_change_recorded()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);
        var (sourceKey, misread, correct) = await ReadByAnOlderExtractorAsync(services);
        int snapshotsBefore, documentsBefore;
        await using (var db = services.Db())
        {
            snapshotsBefore = await db.Snapshots.CountAsync();
            documentsBefore = await db.Documents.CountAsync();
        }

        var result = await Rereader(services).RunAsync();

        var item = Assert.Single(result.Items, i => i.SourceKey == sourceKey);
        Assert.Equal((OlderExtractor, Rereading.Outcome.Reread), (item.ReadBy, item.Outcome));
        Assert.True(item.Changes >= 1);
        Assert.All(result.Items.Where(i => i.SourceKey != sourceKey), i => Assert.Equal(Rereading.Outcome.Same, i.Outcome));
        await using (var db = services.Db())
        {
            var change = await db.Changes.SingleAsync(c => c.Kind == ChangeKind.PromiseChanged);
            Assert.Equal((misread, correct), (change.Before, change.After));
            var promise = await db.Promises.Include(p => p.Document).SingleAsync(p => p.Id == change.PromiseId);
            Assert.Equal(correct, promise.Text);
            Assert.Equal(Extractor.Version, promise.Document!.ExtractorVersion);
            Assert.Equal(promise.Document.SnapshotId, change.ToSnapshotId); // read from the same snapshot, not a new fetch
            Assert.Equal(snapshotsBefore, await db.Snapshots.CountAsync());
            Assert.Equal(documentsBefore, await db.Documents.CountAsync()); // one reading per snapshot: replaced, not added
        }

        var again = await Rereader(services).RunAsync();
        Assert.Empty(again.Items);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);
        var (sourceKey, misread, _) = await ReadByAnOlderExtractorAsync(services);

        var dry = await Rereader(services).RunAsync(dryRun: true);

        Assert.Equal(Rereading.Outcome.Reread, Assert.Single(dry.Items, i => i.SourceKey == sourceKey).Outcome);
        await using var db = services.Db();
        Assert.Equal(0, await db.Changes.CountAsync(c => c.Kind == ChangeKind.PromiseChanged));
        Assert.True(await db.Promises.AnyAsync(p => p.Text == misread));
        Assert.All(await db.Documents.ToListAsync(), d => Assert.Equal(OlderExtractor, d.ExtractorVersion));
    }

    [Fact]
    public async Task Rereading_everything_that_this_extractor_read_changes_nothing()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);
        int documents, changes;
        await using (var db = services.Db())
        {
            (documents, changes) = (await db.Documents.CountAsync(), await db.Changes.CountAsync());
        }

        var nothingDue = await Rereader(services).RunAsync();
        var all = await Rereader(services).RunAsync(all: true);

        Assert.Empty(nothingDue.Items);
        Assert.NotEmpty(all.Items);
        Assert.All(all.Items, i => Assert.Equal(Rereading.Outcome.Same, i.Outcome));
        await using (var db = services.Db())
        {
            Assert.Equal((documents, changes), (await db.Documents.CountAsync(), await db.Changes.CountAsync()));
        }
    }

    [Fact]
    public async Task A_page_that_still_cannot_be_read_is_reported_and_left_as_it_was()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var outcome = await services.GetRequiredService<DocumentIngester>().IngestAsync(new FetchedBody
        {
            Source = new SourceRef("test/binar-junk", "https://kommun.example/lofte.pdf", SourceKind.KommunPage, "Testkommun"),
            Content = junk,
            ContentType = "application/pdf",
            FetchedAt = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc),
            Url = "https://kommun.example/lofte.pdf",
            HttpStatus = 200,
        });
        Assert.Equal(IngestOutcome.Failed, outcome);

        var result = await Rereader(services).RunAsync();

        var item = Assert.Single(result.Items);
        Assert.Equal(("test/binar-junk", (string?)null, Rereading.Outcome.Unreadable), (item.SourceKey, item.ReadBy, item.Outcome));
        Assert.False(string.IsNullOrWhiteSpace(item.Error));
        await using var db = services.Db();
        Assert.False(await db.Documents.AnyAsync(d => d.Snapshot!.Source!.Key == "test/binar-junk"));
    }
}
