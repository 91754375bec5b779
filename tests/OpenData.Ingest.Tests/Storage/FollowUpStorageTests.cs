using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Ingestion;
using OpenData.Testing;

namespace OpenData.Ingest.Tests.Storage;

/// <summary>Follow-ups stored with the reading of their snapshot, linked to their promises, on both providers.</summary>
public abstract class FollowUpStorageTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly string Cases = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Ingest.Tests", "Fixtures", "FollowUps");

    private static FetchedBody Body(string key, string url, string publisher, SourceKind kind, string text, DateTime at) => new()
    {
        Source = new SourceRef(key, url, kind, publisher) { Kommuner = ["0360"] },
        Content = Encoding.UTF8.GetBytes(text),
        ContentType = "text/plain; charset=utf-8",
        FetchedAt = at,
        Url = url,
        HttpStatus = 200,
    };

    private static FetchedBody Lofte(DateTime at) => Body("tierp/lofte", "https://www.tierp.se/trygghet/medborgarlofte-2024", "Tierps kommun",
        SourceKind.KommunPage, File.ReadAllText(Path.Combine(Cases, "tierp_2024_lofte.txt")), at);

    private static FetchedBody FollowUp(DateTime at, string? text = null) => Body("tierp/uppfoljning", "https://www.tierp.se/trygghet/medborgarlofte/uppfoljning-2024", "Tierps kommun",
        SourceKind.KommunPage, text ?? File.ReadAllText(Path.Combine(Cases, "tierp_2024_uppfoljning.txt")), at);

    private static readonly DateTime Monday = new(2025, 2, 3, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_follow_up_is_stored_item_by_item_linked_to_its_promises_and_each_first_status_is_in_the_change_feed()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var services = await StartAsync(database);
        var ingester = services.GetRequiredService<DocumentIngester>();
        await ingester.IngestAsync(Lofte(Monday));
        await ingester.IngestAsync(FollowUp(Monday.AddHours(1)));

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var followUps = await db.FollowUps.Include(f => f.Promise).Include(f => f.Document).ThenInclude(d => d!.Snapshot).OrderBy(f => f.Ordinal).ToListAsync();
        Assert.Equal(5, followUps.Count);
        Assert.All(followUps, f => Assert.Equal(Actor.Kommun, f.ReportedBy));
        Assert.All(followUps, f => Assert.Equal(64, f.Document!.Snapshot!.Sha256.Length));
        var traffic = followUps[0];
        Assert.Equal(FollowUpStatus.Done, traffic.Status);
        Assert.StartsWith("Polisen kommer att genomföra minst 4 riktade trafikinsatser", traffic.Promise!.Text);
        Assert.Equal((12, 3.0), (traffic.Count!.Value, traffic.ShareOfTarget!.Value));
        Assert.Equal("2024", traffic.Period);
        Assert.Equal([FollowUpStatus.Done, FollowUpStatus.Partly, FollowUpStatus.Ongoing, FollowUpStatus.Cancelled, FollowUpStatus.Done], followUps.Select(f => f.Status));
        var unmatched = Assert.Single(followUps, f => f.Promise is null);
        Assert.Contains("sommarlovsaktiviteter", unmatched.Text);
        Assert.True(unmatched.MatchScore < 0.25);

        var changes = await db.Changes.Where(c => c.Kind == ChangeKind.PromiseStatusChanged).OrderBy(c => c.PromiseId).ToListAsync();
        Assert.Equal(4, changes.Count);
        Assert.All(changes, c => Assert.Null(c.Before));
        Assert.Equal(["done", "partly", "ongoing", "cancelled"], changes.Select(c => c.After));
    }

    [Fact]
    public async Task A_follow_up_read_before_its_loefte_is_linked_when_the_loefte_arrives()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var services = await StartAsync(database);
        var ingester = services.GetRequiredService<DocumentIngester>();
        await ingester.IngestAsync(FollowUp(Monday));
        await using (var before = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
        {
            Assert.Equal(5, await before.FollowUps.CountAsync(f => f.PromiseId == null));
        }

        await ingester.IngestAsync(Lofte(Monday.AddHours(1)));

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Equal(4, await db.FollowUps.CountAsync(f => f.PromiseId != null));
        Assert.Equal(3.0, (await db.FollowUps.SingleAsync(f => f.Ordinal == 1)).ShareOfTarget);
        Assert.Equal(4, await db.Changes.CountAsync(c => c.Kind == ChangeKind.PromiseStatusChanged));
    }

    [Fact]
    public async Task A_later_report_that_changes_a_status_says_so_in_the_change_feed_and_the_earlier_report_is_kept()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var services = await StartAsync(database);
        var ingester = services.GetRequiredService<DocumentIngester>();
        await ingester.IngestAsync(Lofte(Monday));
        await ingester.IngestAsync(FollowUp(Monday.AddHours(1)));
        var later = File.ReadAllText(Path.Combine(Cases, "tierp_2024_uppfoljning.txt"))
            .Replace("Arbetet med ny belysning i gångtunneln pågår och beräknas vara klart under våren.", "Ny belysning i gångtunneln har installerats.", StringComparison.Ordinal);
        await ingester.IngestAsync(FollowUp(Monday.AddDays(30), later));

        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Equal(10, await db.FollowUps.CountAsync());
        var change = await db.Changes.Include(c => c.Promise).SingleAsync(c => c.Kind == ChangeKind.PromiseStatusChanged && c.Before != null);
        Assert.Equal(("ongoing", "done"), (change.Before, change.After));
        Assert.Contains("belysningen i gångtunneln", change.Promise!.Text);
    }

    private static async Task<ServiceProvider> StartAsync(TestDatabase database)
    {
        var services = IngestServices.Build(database.ConnectionString, database.Provider);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return services;
    }
}

public sealed class FollowUpStorageTestsOnSqlite : FollowUpStorageTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class FollowUpStorageTestsOnPostgres : FollowUpStorageTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
