using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenData.Api.Exports.Releases;
using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Startup;
using OpenData.Core.Storage;
using OpenData.Testing;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>
/// The API as a user runs it: real Kestrel on a loopback port, a fresh database filled from data/archive at start
/// (a SQLite file; PostgreSQL in the subclasses that say so). Subclasses add data through the real storage path, or
/// set tighter limits.
/// </summary>
public class ApiServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The provider this server runs on.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public TestDatabase Database { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>The address the server listens on, ending in a slash.</summary>
    public Uri Address => Client.BaseAddress!;

    /// <summary>The data folder the server reads (reference, archive, corrections): the repository's unless a fixture copies it.</summary>
    protected virtual string DataRoot => RepositoryPaths.Data.Root;

    /// <summary>Configuration beyond the database and data folder, as command-line pairs.</summary>
    protected virtual IEnumerable<string> Settings => [];

    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>
    /// The day in Sweden the API counts "in force" from (status, compare's default, coverage's year), fixed so that a
    /// löfte's status does not change under the tests when the year does; timers and deadlines keep the real clock.
    /// </summary>
    public virtual DateTimeOffset Today => new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Writes what the tests of a fixture need beyond the recorded archive.</summary>
    protected virtual Task SeedAsync(IServiceProvider services) => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider, "api");
        _app = ApiApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            .. Database.CommandLine,
            "--OpenData:DataDirectory", DataRoot,
            "--Logging:LogLevel:Default", "Warning",
            // The tests ask for releases when they want one (the index publishes the data as it is); a check on the
            // timer in the middle of a test would add reads to what it counts or holds.
            "--OpenData:Releases:CheckEvery", "1.00:00:00",
            .. Settings,
        ], builder =>
        {
            builder.Services.AddSingleton(new SwedishCalendar(new FakeTimeProvider(Today)));
            Configure(builder);
        });
        await DatabaseStartup.PrepareAsync(_app.Services);
        await SeedAsync(_app.Services);
        await _app.StartAsync();
        // The start-up's release check reads all the data; it is over before the first test counts or holds a read.
        await _app.Services.GetRequiredService<ReleasePublisher>().CurrentAsync(CancellationToken.None);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address + "/") };
    }

    /// <summary>Runs a query that must succeed, and returns its data.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    /// <summary>Posts a query as a client that accepts the GraphQL response media type, whatever comes back.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string query, object? variables = null, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables, operationName }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await Client.SendAsync(request);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        long nested = 0;
        if (_app is not null)
        {
            nested = _app.Services.GetRequiredService<ReadContexts>().NestedReads;
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Database.DisposeAsync();
        // Every test of every fixture is a check that no feature reads inside another's read: each such read holds a
        // second connection, and enough of them at once deadlock a small pool.
        if (nested > 0)
        {
            throw new InvalidOperationException($"{nested} reads of this server's tests started inside another read of their request and took a second connection (ReadContexts.NestedReads)");
        }
    }
}
