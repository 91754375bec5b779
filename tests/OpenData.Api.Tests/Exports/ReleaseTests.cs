using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenData.Api.Exports.Releases;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Startup;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Api.Tests.Exports;

/// <summary>The rich data, and what a harvest does to it between two releases.</summary>
public class ReleaseServer : RichDataServer
{
    /// <summary>A löfte of one promise for a kommun, as a harvest would store it: a new version of the data with new facts.</summary>
    public async Task AddLofteAsync(string kommun, string promise)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        await RichData.WriteAsync(db, new RichData.TestLofte([kommun], [2025], LofteStatus.Current, [(promise, ["narvaro"], [Actor.Polis])]));
    }

    /// <summary>A harvest that read every page again and found the same: a new data version, but no new fact.</summary>
    public async Task ReconfirmAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        foreach (var lofte in await db.Loften.ToListAsync())
        {
            lofte.LastSeen = now;
        }
        foreach (var promise in await db.Promises.ToListAsync())
        {
            promise.LastSeen = now;
        }
        await db.SaveChangesAsync();
    }

    public string ReleasesFolder => Services.GetRequiredService<ReleaseSettings>().Folder;

    /// <summary>Another instance of the API on the same database and releases folder, as a second host behind a balancer.</summary>
    public async Task<(WebApplication App, HttpClient Client)> StartSecondInstanceAsync()
    {
        var app = ApiApplication.Build(
        [
            "--urls", "http://127.0.0.1:0", .. Database.CommandLine, "--OpenData:Releases:Folder", ReleasesFolder,
            "--OpenData:DataDirectory", RepositoryPaths.Data.Root, "--Logging:LogLevel:Default", "Warning",
        ], builder => builder.Services.AddSingleton(new SwedishCalendar(new FakeTimeProvider(Today))));
        await DatabaseStartup.PrepareAsync(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new HttpClient { BaseAddress = new Uri(address + "/") });
    }
}

/// <summary>
/// Dated releases as a researcher uses them: the index read, a release downloaded and checked against the SHA-256s of
/// the index and of datapackage.json, its SQLite file opened and counted against the API's own answers, and an old
/// release still there, unchanged, after the data moved on.
/// </summary>
public class ReleaseTests(ReleaseServer api) : IClassFixture<ReleaseServer>
{
    private Task<JsonElement> IndexAsync() => IndexAsync(api.Client);

    private static async Task<JsonElement> IndexAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/export/releases/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("releases");
    }

    private static JsonElement FileOf(JsonElement release, string name) =>
        release.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    private async Task<byte[]> DownloadAsync(JsonElement release, string name)
    {
        var file = FileOf(release, name);
        using var response = await api.Client.GetAsync(file.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes.Length);
        Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return bytes;
    }

    private static async Task<long> CountAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> RestTotalAsync(string path) =>
        JsonDocument.Parse(await api.Client.GetStringAsync(path)).RootElement.GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task A_release_downloaded_matches_its_index_and_data_package_and_its_sqlite_file_counts_what_the_api_answers()
    {
        var release = (await IndexAsync())[0];
        Assert.True(ReleaseId.TryParse(release.GetProperty("id").GetString(), out var named));
        var releasedAt = release.GetProperty("releasedAt").GetDateTime();
        Assert.Equal(named, releasedAt);
        Assert.EndsWith("Z", release.GetProperty("releasedAt").GetString());
        Assert.Contains("test", release.GetProperty("extractorVersions").EnumerateArray().Select(v => v.GetString()));
        Assert.False(string.IsNullOrEmpty(release.GetProperty("dataVersion").GetString()));

        var package = JsonDocument.Parse(await DownloadAsync(release, "datapackage.json")).RootElement;
        Assert.Equal(release.GetProperty("id").GetString(), package.GetProperty("version").GetString());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        foreach (var resource in resources)
        {
            var file = FileOf(release, resource.GetProperty("path").GetString()!);
            Assert.Equal("sha256:" + file.GetProperty("sha256").GetString(), resource.GetProperty("hash").GetString());
            Assert.Equal(file.GetProperty("bytes").GetInt64(), resource.GetProperty("bytes").GetInt64());
            Assert.All(resource.GetProperty("schema").GetProperty("fields").EnumerateArray(), field =>
            {
                Assert.Contains(field.GetProperty("type").GetString(), new[] { "string", "integer", "number", "date", "datetime", "array", "object" });
                Assert.False(string.IsNullOrWhiteSpace(field.GetProperty("description").GetString()), field.ToString());
                Assert.False(string.IsNullOrWhiteSpace(field.GetProperty("description_en").GetString()), field.ToString());
            });
        }

        // The CSV: every column described, in order; as many rows as the index says.
        var csv = Encoding.UTF8.GetString(await DownloadAsync(release, "promises.csv"));
        var header = csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)].Split(',');
        var promisesResource = resources.Single(r => r.GetProperty("path").GetString() == "promises.csv");
        Assert.Equal(header, promisesResource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var rows = CsvReader.Parse(csv);
        Assert.Equal(FileOf(release, "promises.csv").GetProperty("rows").GetInt32(), rows.Count);

        // The JSON Lines: every field of every line described.
        var lines = Encoding.UTF8.GetString(await DownloadAsync(release, "loften.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FileOf(release, "loften.jsonl").GetProperty("rows").GetInt32(), lines.Length);
        var described = resources.Single(r => r.GetProperty("path").GetString() == "loften.jsonl").GetProperty("schema").GetProperty("fields")
            .EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(described, JsonDocument.Parse(lines[0]).RootElement.EnumerateObject().Select(p => p.Name));

        // The SQLite file, opened as a researcher would open it.
        using var folder = new TempFolder("release");
        var path = Path.Combine(folder.Path, "release.sqlite");
        await File.WriteAllBytesAsync(path, await DownloadAsync(release, "medborgarloften.sqlite"));
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await db.OpenAsync();
        await using (var check = db.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
            check.CommandText = "PRAGMA foreign_key_check";
            await using var violations = await check.ExecuteReaderAsync();
            Assert.False(await violations.ReadAsync(), "a foreign key of the release's SQLite file names no row");
        }
        var tables = new List<string>();
        await using (var list = db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        // The public data only: none of the harvester's bookkeeping (sources, snapshots, bodies, runs, the change feed's internals).
        Assert.Equal(
            ["documents", "follow_ups", "kommuner", "lan", "lofte_documents", "lofte_kommuner", "lofte_lokalpolisomraden", "lofte_years", "loften",
                "people", "promise_actors", "promise_places", "promise_targets", "promise_themes", "promises", "themes"],
            tables);
        var sqliteRows = FileOf(release, "medborgarloften.sqlite").GetProperty("tables");
        foreach (var table in tables)
        {
            Assert.Equal(sqliteRows.GetProperty(table).GetInt64(), await CountAsync(db, $"SELECT COUNT(*) FROM {table}"));
        }
        Assert.Equal(rows.Count, await CountAsync(db, "SELECT COUNT(*) FROM promises"));
        Assert.Equal(await RestTotalAsync("/api/v1/promises?limit=1"), await CountAsync(db, "SELECT COUNT(*) FROM promises WHERE withdrawn_at IS NULL"));
        Assert.Equal(await RestTotalAsync("/api/v1/kommuner?limit=1"), await CountAsync(db, "SELECT COUNT(*) FROM kommuner"));
        Assert.Equal(await RestTotalAsync("/api/v1/loften?limit=1"), await CountAsync(db, "SELECT COUNT(*) FROM loften"));
        Assert.Equal(await RestTotalAsync("/api/v1/promises?limit=1&kommun=1981"),
            await CountAsync(db, "SELECT COUNT(*) FROM promises p JOIN lofte_kommuner k ON k.lofte_id = p.lofte_id WHERE k.kommun_code = '1981' AND p.withdrawn_at IS NULL"));
        Assert.Equal(4, await CountAsync(db, "SELECT count FROM promise_targets WHERE unit = 'insats mot langning'"));
        Assert.True(await CountAsync(db, "SELECT COUNT(*) FROM people WHERE name = 'Anna Andersson' AND organisation = 'POLIS'") > 0);
    }

    [Fact]
    public async Task A_second_data_state_gives_a_second_release_and_the_first_stays_downloadable_and_unchanged()
    {
        var first = (await IndexAsync())[0];
        var firstCsv = await DownloadAsync(first, "promises.csv");
        var firstSqlite = await DownloadAsync(first, "medborgarloften.sqlite");

        await api.AddLofteAsync("0184", "Polisen lovar att synas vid Solna centrum på lördagskvällar.");
        var after = await IndexAsync();

        var second = after[0];
        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.True(string.CompareOrdinal(second.GetProperty("id").GetString(), first.GetProperty("id").GetString()) > 0, "newest first");
        Assert.Contains("Solna centrum på lördagskvällar", Encoding.UTF8.GetString(await DownloadAsync(second, "promises.csv")));
        Assert.Equal(FileOf(first, "promises.csv").GetProperty("rows").GetInt32() + 1, FileOf(second, "promises.csv").GetProperty("rows").GetInt32());

        var kept = Assert.Single(after.EnumerateArray(), r => r.GetProperty("id").GetString() == first.GetProperty("id").GetString());
        Assert.Equal(firstCsv, await DownloadAsync(kept, "promises.csv"));
        Assert.Equal(firstSqlite, await DownloadAsync(kept, "medborgarloften.sqlite"));
        Assert.DoesNotContain("Solna centrum på lördagskvällar", Encoding.UTF8.GetString(firstCsv));
    }

    [Fact]
    public async Task No_release_when_nothing_changed_not_even_when_a_harvest_only_read_the_same_again()
    {
        var before = await IndexAsync();
        Assert.Equal(before.GetArrayLength(), (await IndexAsync()).GetArrayLength());

        var versions = api.Services.GetRequiredService<DataVersionReader>();
        var stamp = (await versions.ReadAsync(default)).Stamp;
        await api.ReconfirmAsync();
        Assert.NotEqual(stamp, (await versions.ReadAsync(default)).Stamp);

        var after = await IndexAsync();
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
        Assert.Equal(before[0].GetProperty("id").GetString(), after[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Parallel_askers_after_a_change_publish_one_release_and_an_unfinished_one_is_never_listed()
    {
        // What a writer that died mid-release leaves: its work folder, and (by hand) a release folder without its release.json.
        var abandoned = Directory.CreateDirectory(Path.Combine(api.ReleasesFolder, ".writing-" + Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(abandoned, "promises.csv"), "half a file");
        Directory.CreateDirectory(Path.Combine(api.ReleasesFolder, "2001-01-01T000000Z"));
        var count = (await IndexAsync()).GetArrayLength();

        await api.AddLofteAsync("0186", "Polisen lovar att synas vid Lidingö centrum på fredagskvällar.");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => IndexAsync()));

        Assert.All(answers, a => Assert.Equal(count + 1, a.GetArrayLength()));
        Assert.Single(answers.Select(a => a[0].GetProperty("id").GetString()).Distinct());
        Assert.DoesNotContain(answers[0].EnumerateArray(), r => r.GetProperty("id").GetString() == "2001-01-01T000000Z");
        Assert.False(Directory.Exists(abandoned), "the abandoned work folder is removed by the next writer");
        Assert.Empty(Directory.EnumerateDirectories(api.ReleasesFolder, ".writing-*"));
    }

    [Fact]
    public async Task Two_instances_on_one_database_and_folder_publish_a_change_once()
    {
        var (second, client) = await api.StartSecondInstanceAsync();
        try
        {
            var count = (await IndexAsync()).GetArrayLength();
            Assert.Equal(count, (await IndexAsync(client)).GetArrayLength());

            await api.AddLofteAsync("0187", "Polisen lovar att synas vid Vaxholms hamn på sommarkvällar.");
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => IndexAsync(i % 2 == 0 ? api.Client : client)));

            Assert.All(answers, a => Assert.Equal(count + 1, a.GetArrayLength()));
            Assert.Single(answers.Select(a => a[0].GetProperty("id").GetString()).Distinct());
        }
        finally
        {
            client.Dispose();
            await second.StopAsync();
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_release_file_is_served_with_its_type_its_sha256_as_etag_and_as_immutable()
    {
        var release = (await IndexAsync())[0];
        var file = FileOf(release, "medborgarloften.sqlite");
        using var response = await api.Client.GetAsync(file.GetProperty("url").GetString());

        Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"\"{file.GetProperty("sha256").GetString()}\"", response.Headers.ETag!.Tag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Contains(response.Headers.CacheControl.Extensions, e => e.Name == "immutable");
        Assert.Equal("text/csv", (await api.Client.GetAsync(FileOf(release, "promises.csv").GetProperty("url").GetString())).Content.Headers.ContentType!.MediaType);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, file.GetProperty("url").GetString());
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(conditional)).StatusCode);
    }

    [Theory]
    [InlineData("/export/releases/2001-01-01T000000Z/promises.csv")]
    [InlineData("/export/releases/2001-01-01T000000Z/")]
    [InlineData("/export/releases/not-a-release/promises.csv")]
    [InlineData("/export/releases/..%2F..%2Fetc/passwd")]
    public async Task An_unknown_release_is_a_problem_404(string path)
    {
        using var response = await api.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("No such release", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_file_a_release_does_not_list_is_a_problem_404()
    {
        var release = (await IndexAsync())[0];
        using var response = await api.Client.GetAsync(release.GetProperty("url").GetString() + "release.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_rest_door_lists_the_releases_in_its_index_and_its_openapi_document()
    {
        var root = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/")).RootElement;
        var link = root.GetProperty("resources").GetProperty("releases").GetString()!;
        var rest = JsonDocument.Parse(await api.Client.GetStringAsync(link)).RootElement.GetProperty("releases");
        var export = await IndexAsync();
        Assert.Equal(export.EnumerateArray().Select(r => r.GetProperty("id").GetString()), rest.EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        var one = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/v1/releases/{rest[0].GetProperty("id").GetString()}")).RootElement;
        Assert.Equal(FileOf(rest[0], "promises.csv").GetProperty("sha256").GetString(), FileOf(one, "promises.csv").GetProperty("sha256").GetString());
        using var missing = await api.Client.GetAsync("/api/v1/releases/1999-01-01T000000Z");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var paths = JsonDocument.Parse(await api.Client.GetStringAsync("/api/v1/openapi.json")).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/releases", out _));
        Assert.True(paths.TryGetProperty("/api/v1/releases/{id}", out _));
    }
}
