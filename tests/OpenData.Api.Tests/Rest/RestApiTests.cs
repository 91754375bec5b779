using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Rest;

/// <remarks>Runs on both providers: <see cref="RestApiTestsOnSqlite"/> and <see cref="RestApiTestsOnPostgres"/>.</remarks>
public abstract class RestApiTests<TServer>(TServer api) where TServer : RichDataServer
{
    private async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (origin is not null) request.Headers.Add("Origin", origin);
        var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task The_OpenAPI_document_is_3_1_and_describes_every_resource()
    {
        var (response, document) = await GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.1.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/v1", "/api/v1/bulk-files", "/api/v1/changes", "/api/v1/kommuner", "/api/v1/kommuner/{code}", "/api/v1/loften", "/api/v1/loften/{key}", "/api/v1/promises", "/api/v1/releases", "/api/v1/releases/{id}"], paths.Order());
        Assert.All(paths, p => Assert.Equal(p.ToLowerInvariant(), p));
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/promises").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "kommun", "lan", "year", "theme", "status", "search", "changed-since", "limit", "cursor" }, parameters.ToHashSet());
    }

    [Fact]
    public async Task The_door_itself_says_where_everything_is()
    {
        var (response, index) = await GetAsync("/api/v1/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(api.Address.AbsoluteUri + "api/v1/openapi.json", index.GetProperty("openApi").GetString());
        foreach (var resource in index.GetProperty("resources").EnumerateObject())
        {
            var (answer, _) = await GetAsync(new Uri(resource.Value.GetString()!).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
    }

    [Fact]
    public async Task Promises_of_a_kommun_are_the_ones_GraphQL_gives()
    {
        var graph = (await api.QueryAsync("""{ promises(where: { kommun: { eq: "1480" } }, first: 100) { totalCount nodes { id text changedAt } } }"""))
            .GetProperty("promises");
        var (response, rest) = await GetAsync("/api/v1/promises?kommun=1480&limit=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(graph.GetProperty("totalCount").GetInt32(), rest.GetProperty("totalCount").GetInt32());
        Assert.Equal(graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()),
            rest.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var first = rest.GetProperty("items")[0];
        Assert.Equal("1480+0381/2025", first.GetProperty("lofte").GetString());
        // RFC 3339 in UTC, and Swedish letters as they are.
        Assert.EndsWith("Z", first.GetProperty("changedAt").GetString());
        var raw = await api.Client.GetStringAsync("/api/v1/promises?kommun=1480&limit=100");
        Assert.DoesNotContain("\\u00", raw);
    }

    [Fact]
    public async Task A_cursor_walks_every_lofte_once()
    {
        var seen = new List<string>();
        string? cursor = null;
        int total;
        do
        {
            var (_, page) = await GetAsync("/api/v1/loften?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("key").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(total > 2);
    }

    [Theory]
    [InlineData("1981/2024-2025")]
    [InlineData("1480+0381/2025")]
    public async Task One_lofte_is_found_by_its_key_as_the_rest_of_the_path(string key)
    {
        var (response, lofte) = await GetAsync("/api/v1/loften/" + key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(key, lofte.GetProperty("key").GetString());
        var (_, listed) = await GetAsync("/api/v1/loften?limit=100&kommun=" + key[..4]);
        var same = Assert.Single(listed.GetProperty("items").EnumerateArray(), l => l.GetProperty("key").GetString() == key);
        Assert.Equal(same.ToString(), lofte.ToString());
    }

    [Fact]
    public async Task An_unknown_lofte_key_is_a_problem_404()
    {
        var (response, problem) = await GetAsync("/api/v1/loften/9999/%3F");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("9999/?", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/promises?status=klart", "status must be one of")]
    [InlineData("/api/v1/loften?changed-since=igår", "changed-since must be an RFC 3339 time")]
    [InlineData("/api/v1/changes", "since is required")]
    [InlineData("/api/v1/kommuner?limit=1000", "first is capped")]
    [InlineData("/api/v1/promises?cursor=nope", "")]
    public async Task A_bad_filter_is_a_400_problem(string path, string detail)
    {
        var (response, problem) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("Ogiltig förfrågan / Invalid request", problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_kommun_by_code_and_one_that_is_not()
    {
        var (ok, kommun) = await GetAsync("/api/v1/kommuner/1480");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Göteborg", kommun.GetProperty("name").GetString());
        var (missing, problem) = await GetAsync("/api/v1/kommuner/9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Reads_are_open_to_any_origin()
    {
        var (response, _) = await GetAsync("/api/v1/kommuner?lan=14", origin: "https://example.org");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task The_change_feed_and_changed_since_agree_with_GraphQL()
    {
        var (_, feed) = await GetAsync("/api/v1/changes?since=2000-01-01&limit=100");
        var graph = (await api.QueryAsync("""{ changes(since: "2000-01-01T00:00:00Z", first: 100) { totalCount } }""")).GetProperty("changes");
        Assert.Equal(graph.GetProperty("totalCount").GetInt32(), feed.GetProperty("totalCount").GetInt32());
        Assert.Contains(feed.GetProperty("items").EnumerateArray(), c => c.GetProperty("kind").GetString() == "promise-added" && c.GetProperty("promise").GetString() is not null);
        var (_, future) = await GetAsync("/api/v1/promises?changed-since=2999-01-01T00:00:00Z");
        Assert.Equal(0, future.GetProperty("totalCount").GetInt32());
        var (_, all) = await GetAsync("/api/v1/loften?changed-since=2000-01-01T00:00:00%2B01:00");
        var (_, everything) = await GetAsync("/api/v1/loften");
        Assert.Equal(everything.GetProperty("totalCount").GetInt32(), all.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Bulk_files_say_where_they_are_and_how_old()
    {
        var (_, files) = await GetAsync("/api/v1/bulk-files");
        Assert.Equal(["loften.jsonl", "promises.csv"], files.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order());
        foreach (var file in files.EnumerateArray())
        {
            var download = await api.Client.GetAsync(file.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.EndsWith("Z", file.GetProperty("lastModified").GetString());
        }
    }
}

public sealed class RestApiTestsOnSqlite(RichDataServer api) : RestApiTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class RestApiTestsOnPostgres(PostgresRichDataServer api) : RestApiTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
