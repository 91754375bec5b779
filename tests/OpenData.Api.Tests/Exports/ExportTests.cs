using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Exports;

/// <remarks>Runs on both providers: <see cref="ExportTestsOnSqlite"/> and <see cref="ExportTestsOnPostgres"/>.</remarks>
public abstract class ExportTests<TServer>(TServer api) where TServer : RichDataServer
{
    private const string AllPromises = """
        query($after: String) { promises(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { id text ordinal actors themes { code } places targets { count per unit }
                  lofte { id key years status kommuner { code } } document { snapshot { sha256 archiveUrl } } } } }
        """;

    private async Task<List<JsonElement>> AllPromisesAsync()
    {
        var all = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = (await api.QueryAsync(AllPromises, new { after })).GetProperty("promises");
            all.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return all;
    }

    private static string Join(JsonElement list, Func<JsonElement, string> value) => string.Join('|', list.EnumerateArray().Select(value));

    [Fact]
    public async Task The_csv_parses_back_to_the_promises_the_api_serves()
    {
        var response = await api.Client.GetAsync("/export/promises.csv");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("Åsele", csv);
        var rows = CsvReader.Parse(csv).ToDictionary(r => r["promise_id"]);

        var promises = await AllPromisesAsync();
        Assert.Equal(promises.Count, rows.Count);
        foreach (var promise in promises)
        {
            var row = rows[promise.GetProperty("id").GetString()!];
            var lofte = promise.GetProperty("lofte");
            Assert.Equal(promise.GetProperty("text").GetString(), row["text"]);
            Assert.Equal(promise.GetProperty("ordinal").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row["ordinal"]);
            Assert.Equal(Join(promise.GetProperty("actors"), a => a.GetString()!), row["actors"]);
            Assert.Equal(Join(promise.GetProperty("themes"), t => t.GetProperty("code").GetString()!), row["themes"]);
            Assert.Equal(Join(promise.GetProperty("places"), p => p.GetString()!), row["places"]);
            Assert.Equal(lofte.GetProperty("id").GetString(), row["lofte_id"]);
            Assert.Equal(lofte.GetProperty("key").GetString(), row["lofte_key"]);
            Assert.Equal(lofte.GetProperty("status").GetString(), row["lofte_status"]);
            Assert.Equal(Join(lofte.GetProperty("years"), y => y.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), row["years"]);
            Assert.Equal(Join(lofte.GetProperty("kommuner"), k => k.GetProperty("code").GetString()!), row["kommun_codes"]);
            Assert.Equal(promise.GetProperty("document").GetProperty("snapshot").GetProperty("sha256").GetString(), row["snapshot_sha256"]);
            Assert.Equal(promise.GetProperty("document").GetProperty("snapshot").GetProperty("archiveUrl").GetString(), row["archive_url"]);
            var targets = promise.GetProperty("targets");
            if (targets.GetArrayLength() > 0)
            {
                var parsed = JsonDocument.Parse(row["targets"]).RootElement;
                Assert.Equal(targets.GetArrayLength(), parsed.GetArrayLength());
                Assert.Equal(targets[0].GetProperty("count").GetInt32(), parsed[0].GetProperty("count").GetInt32());
                Assert.Equal(targets[0].GetProperty("unit").GetString(), parsed[0].GetProperty("unit").GetString());
            }
        }
        // Quoting survives: a text with a comma, "&" and "<…>".
        Assert.Contains(rows.Values, r => r["text"] == "Kommunen lovar bättre belysning på Stora torget & i parken <Ekudden>.");
    }

    [Fact]
    public async Task The_jsonl_has_one_lofte_a_line_with_its_promises_and_provenance_as_the_api_has_them()
    {
        var response = await api.Client.GetAsync("/export/loften.jsonl");
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\\u00", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var loften = (await api.QueryAsync("""
            { loften(first: 100) { totalCount nodes { id key status years kommuner { code }
                promises { id text } documents { id extractorVersion snapshot { sha256 archiveUrl fetchedAt } } } } }
            """)).GetProperty("loften");
        Assert.Equal(loften.GetProperty("totalCount").GetInt32(), lines.Count);
        var byId = lines.ToDictionary(l => l.GetProperty("id").GetString()!);
        foreach (var lofte in loften.GetProperty("nodes").EnumerateArray())
        {
            var line = byId[lofte.GetProperty("id").GetString()!];
            Assert.Equal(lofte.GetProperty("key").GetString(), line.GetProperty("key").GetString());
            Assert.Equal(lofte.GetProperty("status").GetString(), line.GetProperty("status").GetString());
            Assert.Equal(lofte.GetProperty("years").ToString(), line.GetProperty("years").ToString());
            Assert.Equal(lofte.GetProperty("kommuner").EnumerateArray().Select(k => k.GetProperty("code").GetString()),
                line.GetProperty("kommuner").EnumerateArray().Select(k => k.GetProperty("code").GetString()));
            Assert.Equal(lofte.GetProperty("promises").EnumerateArray().Select(p => (p.GetProperty("id").GetString(), p.GetProperty("text").GetString())),
                line.GetProperty("promises").EnumerateArray().Select(p => (p.GetProperty("id").GetString(), p.GetProperty("text").GetString())));
            Assert.Equal(lofte.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("snapshot").GetProperty("archiveUrl").GetString()),
                line.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("snapshot").GetProperty("archiveUrl").GetString()));
            Assert.Equal(lofte.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("extractorVersion").GetString()),
                line.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("extractorVersion").GetString()));
        }
        Assert.Contains(lines, l => l.GetProperty("kommuner").EnumerateArray().Any(k => k.GetProperty("name").GetString() == "Åsele"));
    }

    [Theory]
    [InlineData("/export/promises.csv")]
    [InlineData("/export/loften.jsonl")]
    public async Task An_unchanged_export_answers_304_to_its_etag_and_a_change_gives_a_new_etag(string path)
    {
        var first = await api.Client.GetAsync(path);
        first.EnsureSuccessStatusCode();
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await api.Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
        {
            await RichData.WriteAsync(db, new RichData.TestLofte(["0114", path.EndsWith("csv", StringComparison.Ordinal) ? "0115" : "0117"], [2026], LofteStatus.Current,
                [("Polisen lovar fler kontroller av mopeder i Upplands Väsby.", ["trafik"], [Actor.Polis])]));
        }
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await api.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("mopeder i Upplands Väsby", await changed.Content.ReadAsStringAsync());
    }
}

public sealed class ExportTestsOnSqlite(RichDataServer api) : ExportTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class ExportTestsOnPostgres(PostgresRichDataServer api) : ExportTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
