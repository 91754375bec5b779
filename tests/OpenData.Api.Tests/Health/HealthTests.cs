using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Health;

public class HealthTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Healthz_says_the_database_is_reachable_and_when_the_last_harvest_finished()
    {
        var response = await api.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("reachable", health.GetProperty("database").GetString());

        await using var db = await api.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        var run = await db.HarvestRuns.OrderByDescending(r => r.FinishedAt).FirstAsync();
        var last = health.GetProperty("lastHarvest");
        Assert.Equal(run.FinishedAt, last.GetProperty("finishedAt").GetDateTime().ToUniversalTime());
        Assert.Equal("offline", last.GetProperty("mode").GetString());
        Assert.Equal(5, last.GetProperty("fetched").GetInt32());
    }

    [Fact]
    public async Task Healthz_is_503_when_the_database_cannot_be_read()
    {
        using var folder = new TempFolder("broken");
        var file = Path.Combine(folder.Path, "opendata.db");
        await File.WriteAllTextAsync(file, "this is not a SQLite database, it is a text file that took its place");
        await using var app = ApiApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:OpenData", $"Data Source={file}",
            "--OpenData:DataDirectory", RepositoryPaths.Data.Root,
            "--Logging:LogLevel:Default", "None",
        ]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("unreachable", health.GetProperty("database").GetString());
        await app.StopAsync();
    }
}
