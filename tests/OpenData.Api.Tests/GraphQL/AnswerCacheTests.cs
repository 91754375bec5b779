using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Startup;
using OpenData.Core.Storage;
using OpenData.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.GraphQL;

/// <summary>A server that counts the reads of promises its database answers: a query served from memory makes none.</summary>
public class CountingDatabaseServer : ApiServer
{
    private int _promiseReads;

    public int PromiseReads => Volatile.Read(ref _promiseReads);

    protected override IEnumerable<string> Settings => ["--OpenData:Api:MaxDepth", "4"];

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.ConfigureOpenDataContext(o => o.AddInterceptors(new Counter(this)));

    /// <summary>Changes a promise's text as a harvest would: through the schema's context, committed.</summary>
    public async Task RewordAsync(string id, string text)
    {
        Assert.True(OpenData.Api.Http.GlobalId.TryDecode(id, out _, out var key));
        await using var db = await Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        (await db.Promises.SingleAsync(p => p.Key == key)).Text = text;
        await db.SaveChangesAsync();
    }

    private sealed class Counter(CountingDatabaseServer server) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"Promises\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref server._promiseReads);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>
/// Answers kept per version of the data: a repeated question is served from memory, and a write that commits is
/// seen by the very next question, on this instance and on another one over the same database.
/// </summary>
public class AnswerCacheTests(CountingDatabaseServer api) : IClassFixture<CountingDatabaseServer>
{
    private const string FirstPromise = "{ promises(first: 1) { nodes { id text } } }";

    private static JsonElement Node(JsonElement data) => data.GetProperty("promises").GetProperty("nodes")[0];

    [Fact]
    public async Task A_repeated_question_is_answered_from_memory_and_a_committed_write_is_seen_at_once()
    {
        var before = await api.QueryAsync(FirstPromise);
        var key = Node(before).GetProperty("id").GetString()!;
        var reads = api.PromiseReads;
        Assert.Equal(before.GetRawText(), (await api.QueryAsync(FirstPromise)).GetRawText());
        Assert.Equal(reads, api.PromiseReads);

        await api.RewordAsync(key, "Polisen lovar fler trygghetsvandringar, omformulerat.");

        var after = await api.QueryAsync(FirstPromise);
        Assert.Equal("Polisen lovar fler trygghetsvandringar, omformulerat.", Node(after).GetProperty("text").GetString());
        Assert.True(api.PromiseReads > reads);
    }

    [Fact]
    public async Task Another_instance_over_the_same_database_never_serves_what_the_first_has_written_over()
    {
        await using var other = await SecondInstance.StartAsync(api.Database);
        const string query = "{ promises(first: 1, search: \"trygghet\") { nodes { id text } } }";
        var key = Node(await api.QueryAsync(query)).GetProperty("id").GetString()!;
        var seenByOther = await other.QueryAsync(query);
        Assert.Equal(key, Node(seenByOther).GetProperty("id").GetString());

        await api.RewordAsync(key, "Trygghet: polisen lovar en ny formulering.");

        Assert.Equal("Trygghet: polisen lovar en ny formulering.", Node(await other.QueryAsync(query)).GetProperty("text").GetString());
        Assert.Equal("Trygghet: polisen lovar en ny formulering.", Node(await api.QueryAsync(query)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_GET_carries_the_data_version_as_ETag_answers_If_None_Match_with_304_and_a_write_changes_it()
    {
        var address = "/graphql?query=" + Uri.EscapeDataString("{ kommun(code: \"2463\") { name loften { promises { id text } } } }");
        using var first = await api.Client.GetAsync(address);
        first.EnsureSuccessStatusCode();
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await api.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);

        var key = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement
            .GetProperty("data").GetProperty("kommun").GetProperty("loften")[0].GetProperty("promises")[0].GetProperty("id").GetString()!;
        await api.RewordAsync(key, "Polisen och kommunen lovar något nytt.");

        using var afterWrite = new HttpRequestMessage(HttpMethod.Get, address);
        afterWrite.Headers.IfNoneMatch.Add(etag);
        using var changed = await api.Client.SendAsync(afterWrite);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Polisen och kommunen lovar något nytt.", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_persisted_query_is_asked_for_by_its_hash_once_the_client_has_sent_it_with_its_text()
    {
        const string query = "{ kommun(code: \"1980\") { name } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var byHash = "/graphql?extensions=" + Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");

        using var unknown = await api.Client.GetAsync(byHash);
        var error = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());

        using var withText = await api.Client.GetAsync(byHash + "&query=" + Uri.EscapeDataString(query));
        withText.EnsureSuccessStatusCode();

        using var known = await api.Client.GetAsync(byHash);
        known.EnsureSuccessStatusCode();
        Assert.Equal("""{"data":{"kommun":{"name":"Västerås"}}}""", StripCost(await known.Content.ReadAsStringAsync()));
        Assert.NotNull(known.Headers.ETag);

        using var mismatch = await api.Client.GetAsync(byHash + "&query=" + Uri.EscapeDataString("{ kommun(code: \"0180\") { name } }"));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
    }

    [Fact]
    public async Task A_refused_query_is_refused_every_time_and_never_tagged_nor_kept()
    {
        var tooDeep = "{ kommun(code: \"2463\") { loften { promises { themes { code } lofte { kommuner { name } } } } } }";
        for (var i = 0; i < 2; i++)
        {
            var (response, body) = await api.PostAsync(tooDeep);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("deep", body.GetProperty("errors")[0].GetProperty("message").GetString());
        }
        using var get = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(tooDeep));
        Assert.Null(get.Headers.ETag);
        Assert.Contains("errors", await get.Content.ReadAsStringAsync());
    }

    private static string StripCost(string body)
    {
        var json = JsonDocument.Parse(body).RootElement;
        return "{\"data\":" + json.GetProperty("data").GetRawText() + "}";
    }

    /// <summary>A second instance of the API over the database of the first, as behind a balancer.</summary>
    private sealed class SecondInstance : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly HttpClient _client;

        private SecondInstance(WebApplication app, HttpClient client)
        {
            _app = app;
            _client = client;
        }

        public static async Task<SecondInstance> StartAsync(TestDatabase database)
        {
            var app = ApiApplication.Build(
            [
                "--urls", "http://127.0.0.1:0", .. database.CommandLine,
                "--OpenData:DataDirectory", RepositoryPaths.Data.Root, "--Logging:LogLevel:Default", "Warning",
            ]);
            await DatabaseStartup.PrepareAsync(app.Services);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SecondInstance(app, new HttpClient { BaseAddress = new Uri(address + "/") });
        }

        public async Task<JsonElement> QueryAsync(string query)
        {
            using var response = await _client.PostAsJsonAsync("graphql", new { query });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("data");
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
