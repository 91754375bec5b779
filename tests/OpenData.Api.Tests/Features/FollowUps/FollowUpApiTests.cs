using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest;
using OpenData.Ingest.Ingestion;
using OpenData.Testing;

namespace OpenData.Api.Tests.Features.FollowUps;

/// <summary>Tierp's löfte for 2024 and the kommun's follow-up of it, stored by the harvester's own path.</summary>
public class FollowUpServer : ApiServer
{
    private static readonly string Cases = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Ingest.Tests", "Fixtures", "FollowUps");

    public static readonly DateTime Fetched = new(2025, 2, 3, 8, 0, 0, DateTimeKind.Utc);

    protected override async Task SeedAsync(IServiceProvider services)
    {
        await using var harvester = IngestServices.Build(Database.ConnectionString, Database.Provider);
        var ingester = harvester.GetRequiredService<DocumentIngester>();
        await ingester.IngestAsync(Body("tierp/lofte", "https://www.tierp.se/trygghet/medborgarlofte-2024", "tierp_2024_lofte.txt", Fetched));
        await ingester.IngestAsync(Body("tierp/uppfoljning", "https://www.tierp.se/trygghet/medborgarlofte/uppfoljning-2024", "tierp_2024_uppfoljning.txt", Fetched.AddHours(1)));
    }

    private static FetchedBody Body(string key, string url, string file, DateTime at) => new()
    {
        Source = new SourceRef(key, url, SourceKind.KommunPage, "Tierps kommun") { Kommuner = ["0360"] },
        Content = File.ReadAllBytes(Path.Combine(Cases, file)),
        ContentType = "text/plain; charset=utf-8",
        FetchedAt = at,
        Url = url,
        HttpStatus = 200,
    };
}

public class PostgresFollowUpServer : FollowUpServer
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public abstract class FollowUpApiTests<TServer>(TServer server) : IClassFixture<TServer> where TServer : FollowUpServer
{
    private const string Tierp = "{ kommun: { eq: \"0360\" } }";

    [Fact]
    public async Task Each_promise_shows_its_latest_reported_status_and_every_report_with_its_archived_document()
    {
        var data = await server.QueryAsync($$"""
            { promises(where: {{Tierp}}) { nodes { text status followUps { status text period reportedBy matchScore shareOfTarget count decidedBy
                document { kind snapshot { sha256 } } } } } }
            """);
        var promises = data.GetProperty("promises").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, promises.Count);
        var traffic = promises.Single(p => p.GetProperty("text").GetString()!.Contains("trafikinsatser"));
        Assert.Equal("DONE", traffic.GetProperty("status").GetString());
        var report = Assert.Single(traffic.GetProperty("followUps").EnumerateArray());
        Assert.Equal("KOMMUN", report.GetProperty("reportedBy").GetString());
        Assert.Equal("2024", report.GetProperty("period").GetString());
        Assert.Equal(3.0, report.GetProperty("shareOfTarget").GetDouble());
        Assert.Equal(12, report.GetProperty("count").GetInt32());
        Assert.Equal("UPPFOLJNING", report.GetProperty("document").GetProperty("kind").GetString());
        Assert.Equal(64, report.GetProperty("document").GetProperty("snapshot").GetProperty("sha256").GetString()!.Length);
        Assert.True(report.GetProperty("matchScore").GetDouble() >= 0.25);

        var parents = promises.Single(p => p.GetProperty("text").GetString()!.Contains("föräldrautbildning"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, parents.GetProperty("status").ValueKind);
        Assert.Empty(parents.GetProperty("followUps").EnumerateArray());
        Assert.Equal(["CANCELLED", "DONE", "ONGOING", "PARTLY"],
            promises.Select(p => p.GetProperty("status")).Where(s => s.ValueKind != System.Text.Json.JsonValueKind.Null).Select(s => s.GetString()).Order());
    }

    [Fact]
    public async Task Promises_are_filtered_by_their_reported_status_and_by_whether_a_follow_up_was_published()
    {
        var done = await server.QueryAsync($$"""{ promises(where: { and: [{{Tierp}}, { status: DONE }] }) { nodes { text } } }""");
        Assert.Contains("trafikinsatser", Assert.Single(done.GetProperty("promises").GetProperty("nodes").EnumerateArray()).GetProperty("text").GetString());
        var none = await server.QueryAsync($$"""{ promises(where: { and: [{{Tierp}}, { followedUp: false }] }) { nodes { text } } }""");
        Assert.Contains("föräldrautbildning", Assert.Single(none.GetProperty("promises").GetProperty("nodes").EnumerateArray()).GetProperty("text").GetString());
        var some = await server.QueryAsync($$"""{ promises(where: { and: [{{Tierp}}, { followedUp: true }] }) { totalCount } }""");
        Assert.Equal(4, some.GetProperty("promises").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Compare_counts_per_kommun_the_promises_with_a_published_follow_up_and_those_reported_done()
    {
        var data = await server.QueryAsync("""{ compare(kommuner: ["0360"], years: [2024]) { followUps { kommun { code } promises followedUp reportedDone } } }""");
        var tierp = Assert.Single(data.GetProperty("compare").GetProperty("followUps").EnumerateArray());
        Assert.Equal((5, 4, 1), (tierp.GetProperty("promises").GetInt32(), tierp.GetProperty("followedUp").GetInt32(), tierp.GetProperty("reportedDone").GetInt32()));
    }

    [Fact]
    public async Task A_report_that_matches_no_promise_is_kept_and_shown_as_unmatched_on_its_document()
    {
        var data = await server.QueryAsync("""{ promises(where: { kommun: { eq: "0360" }, status: DONE }) { nodes { followUps { document { followUps { text promise { text } } } } } } }""");
        var items = data.GetProperty("promises").GetProperty("nodes")[0].GetProperty("followUps")[0].GetProperty("document").GetProperty("followUps").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        var unmatched = Assert.Single(items, i => i.GetProperty("promise").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Contains("sommarlovsaktiviteter", unmatched.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Each_first_status_is_in_the_change_feed()
    {
        var data = await server.QueryAsync("""{ changes(since: "2000-01-01T00:00:00Z", first: 100) { nodes { kind before after promise { text } } } }""");
        var changes = data.GetProperty("changes").GetProperty("nodes").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "PROMISE_STATUS_CHANGED").ToList();
        Assert.Equal(4, changes.Count);
        Assert.Contains(changes, c => c.GetProperty("after").GetString() == "done" && c.GetProperty("promise").GetProperty("text").GetString()!.Contains("trafikinsatser"));
    }

    [Fact]
    public async Task The_exports_carry_each_promises_status_and_its_latest_report()
    {
        var csv = CsvReader.Parse(await server.Client.GetStringAsync("export/promises.csv"));
        var traffic = csv.Single(r => r["kommun_codes"] == "0360" && r["text"].Contains("trafikinsatser"));
        Assert.Equal(("DONE", "1"), (traffic["status"], traffic["follow_ups"]));
        Assert.Contains("/archive/", traffic["follow_up_archive_url"]);
        Assert.Equal("", csv.Single(r => r["kommun_codes"] == "0360" && r["text"].Contains("föräldrautbildning"))["status"]);

        var lines = (await server.Client.GetStringAsync("export/loften.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var tierp = lines.Single(l => l.Contains("föräldrautbildning"));
        Assert.Contains("\"status\":\"DONE\"", tierp);
        Assert.Contains("\"reportedBy\":\"KOMMUN\"", tierp);
    }
}

public sealed class FollowUpApiTestsOnSqlite(FollowUpServer server) : FollowUpApiTests<FollowUpServer>(server);

public sealed class FollowUpApiTestsOnPostgres(PostgresFollowUpServer server) : FollowUpApiTests<PostgresFollowUpServer>(server);
