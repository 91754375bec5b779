using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Themes;
using OpenData.Ingest.Reading.Themes;
using OpenData.Ingest.Maintenance;
using OpenData.Testing;

using OpenData.Ingest.Tests.Fixtures;

namespace OpenData.Ingest.Tests.Maintenance;

public class PromiseReclassifierTests
{
    /// <summary>themes-v1, except that "trafik" is decided only by the word "bilkörning" and the version is v2.</summary>
    private static LexiconThemeClassifier ChangedTaxonomy()
    {
        var v1 = ThemeTaxonomy.Load(RepositoryPaths.Data);
        return new LexiconThemeClassifier(new ThemeTaxonomy
        {
            Version = "themes-v2",
            Themes = v1.Themes
                .Select(t => t.Code != "trafik" ? t : new ThemeDefinition { Code = t.Code, Sv = t.Sv, En = t.En, Lexicon = new ThemeLexicon { Terms = ["bilkörning"] } })
                .ToList(),
        });
    }

    private static PromiseReclassifier Reclassifier(ServiceProvider services, IThemeClassifier classifier) =>
        ActivatorUtilities.CreateInstance<PromiseReclassifier>(services, classifier);

    [Fact]
    public async Task The_harvest_stores_every_theme_with_its_version_and_deciding_words()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);
        await using var db = services.Db();

        var trafik = await db.Promises.Include(p => p.Themes).SingleAsync(p => p.Text.Contains("riktade trafikinsatser"));
        var theme = Assert.Single(trafik.Themes);
        Assert.Equal(("trafik", "themes-v1"), (theme.ThemeCode, theme.TaxonomyVersion));
        Assert.Contains("trafikinsatser", theme.DecidedBy);
    }

    [Fact]
    public async Task A_taxonomy_change_reclassifies_the_stored_promises_and_records_each_change()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);
        int promises, fetchedBefore;
        await using (var db = services.Db())
        {
            promises = await db.Promises.CountAsync();
            fetchedBefore = await db.Snapshots.CountAsync();
        }

        var result = await Reclassifier(services, ChangedTaxonomy()).RunAsync();

        Assert.Equal(promises, result.Promises);
        var item = Assert.Single(result.Reclassified, i => i.Text.Contains("riktade trafikinsatser"));
        Assert.Equal(("trafik", ""), (item.Before, item.After));
        await using (var db = services.Db())
        {
            var change = await db.Changes.SingleAsync(c => c.Kind == ChangeKind.PromiseReclassified && c.Promise!.Key == item.PromiseKey);
            Assert.Equal(("trafik", ""), (change.Before, change.After));
            Assert.NotNull(change.ToSnapshotId);
            Assert.Equal(result.Reclassified.Count, await db.Changes.CountAsync(c => c.Kind == ChangeKind.PromiseReclassified));
            Assert.All(await db.Set<PromiseTheme>().ToListAsync(), t => Assert.Equal("themes-v2", t.TaxonomyVersion));
            Assert.DoesNotContain(await db.Set<PromiseTheme>().ToListAsync(), t => t.ThemeCode == "trafik");
            Assert.Equal(fetchedBefore, await db.Snapshots.CountAsync()); // nothing fetched again
        }
    }

    [Fact]
    public async Task Reclassifying_again_under_the_same_taxonomy_changes_nothing()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);

        var unchanged = await Reclassifier(services, LexiconThemeClassifier.Load(RepositoryPaths.Data)).RunAsync();
        await Reclassifier(services, ChangedTaxonomy()).RunAsync();
        var again = await Reclassifier(services, ChangedTaxonomy()).RunAsync();

        Assert.Empty(unchanged.Reclassified);
        Assert.Equal(0, unchanged.EvidenceUpdated);
        Assert.Empty(again.Reclassified);
        Assert.Equal(0, again.EvidenceUpdated);
    }

    [Fact]
    public async Task A_dry_run_reports_and_writes_nothing()
    {
        using var folder = new TempFolder();
        await using var services = await HarvestedArchive.StartAsync(folder);

        var dry = await Reclassifier(services, ChangedTaxonomy()).RunAsync(dryRun: true);

        Assert.NotEmpty(dry.Reclassified);
        await using var db = services.Db();
        Assert.Equal(0, await db.Changes.CountAsync(c => c.Kind == ChangeKind.PromiseReclassified));
        Assert.All(await db.Set<PromiseTheme>().ToListAsync(), t => Assert.Equal("themes-v1", t.TaxonomyVersion));
    }
}
