using OpenData.Ingest.Storage;
using OpenData.Ingest;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Startup;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Ingestion;
using OpenData.Testing;

namespace OpenData.Api.Tests.Startup;

/// <summary>
/// Several stateless API instances over one PostgreSQL database, and a harvester writing to it: what a national
/// deployment behind a load balancer does.
/// </summary>
public class MultiInstanceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly List<WebApplication> _instances = [];

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Instances_starting_together_on_an_empty_database_import_the_archive_once()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "instances");
        var (a, b) = await StartTwoAsync();

        await using var db = await _instances[0].Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Equal(5, await db.Snapshots.CountAsync());
        Assert.Equal(5, await db.Documents.CountAsync());
        Assert.Equal(290, await db.Kommuner.CountAsync());
        foreach (var client in new[] { a, b })
        {
            var promises = (await QueryAsync(client, """{ promises(where: { kommun: { eq: "2463" } }) { totalCount } }"""))
                .GetProperty("promises").GetProperty("totalCount").GetInt32();
            Assert.Equal(4, promises);
        }
    }

    [Fact]
    public async Task Two_instances_serve_the_same_data_while_a_harvest_writes()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "instances");
        var (a, b) = await StartTwoAsync();
        const string Count = "{ promises { totalCount } loften { totalCount } }";
        var before = (await QueryAsync(a, Count)).GetProperty("promises").GetProperty("totalCount").GetInt32();

        // The harvester: another process's services on the same database, storing 20 löften of 3 promises each.
        await using var harvester = IngestServices.Build(_database.ConnectionString, DatabaseProvider.Postgres);
        var ingester = harvester.GetRequiredService<DocumentIngester>();
        var kommuner = new[] { ("0114", "Upplands Väsby"), ("0115", "Vallentuna"), ("0117", "Österåker"), ("0120", "Värmdö"), ("0123", "Järfälla") };
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                var (code, name) = kommuner[i % kommuner.Length];
                var outcome = await ingester.IngestAsync(Page(code, name, 2010 + i));
                Assert.Equal(IngestOutcome.New, outcome);
            }
        });

        // While it writes, both instances answer, each with a count that only grows.
        var seen = new Dictionary<HttpClient, int> { [a] = before, [b] = before };
        while (!writing.IsCompleted)
        {
            foreach (var client in new[] { a, b })
            {
                var now = (await QueryAsync(client, Count)).GetProperty("promises").GetProperty("totalCount").GetInt32();
                Assert.True(now >= seen[client], $"an instance went back from {seen[client]} to {now} promises");
                seen[client] = now;
            }
        }
        await writing;

        // Afterwards they agree on everything, to the byte.
        const string Everything = """
            { loften(first: 30, order: [{ years: ASC }]) { totalCount nodes { id key years status promises { id text actors } } }
              promises(search: "trafikkontroller") { totalCount nodes { id highlight } } }
            """;
        var fromA = (await QueryAsync(a, Everything)).GetRawText();
        var fromB = (await QueryAsync(b, Everything)).GetRawText();
        Assert.Equal(fromA, fromB);
        Assert.Equal(before + 60, (await QueryAsync(b, Count)).GetProperty("promises").GetProperty("totalCount").GetInt32());
        Assert.Equal(20, (await QueryAsync(a, """{ promises(search: "trafikkontroller") { totalCount } }""")).GetProperty("promises").GetProperty("totalCount").GetInt32());
    }

    private static FetchedBody Page(string code, string name, int year) => new()
    {
        Source = new SourceRef($"test/{code}/{year}", $"https://polisen.se/om-polisen/medborgarloften/{code}/{year}/", SourceKind.PolisenLoftePage, "Polisen") { Kommuner = [code] },
        Content = Encoding.UTF8.GetBytes($"""
            Medborgarlöfte {name} {year}

            Polisen och {name} kommun lovar att under {year}:

              • Polisen ska genomföra minst 6 trafikkontroller vid skolorna i {name} under året.
              • Kommunen ska anordna två trygghetsvandringar i centrum varje termin.
              • Polisen och kommunen ska besöka fritidsgårdarna en gång i månaden.
            """),
        ContentType = "text/plain; charset=utf-8",
        FetchedAt = new DateTime(year, 3, 1, 9, 0, 0, DateTimeKind.Utc),
        Url = $"https://polisen.se/om-polisen/medborgarloften/{code}/{year}/",
        HttpStatus = 200,
    };

    /// <summary>Two instances on different ports, started at the same time as a deployment would start them.</summary>
    private async Task<(HttpClient A, HttpClient B)> StartTwoAsync()
    {
        var clients = await Task.WhenAll(StartAsync(), StartAsync());
        return (clients[0], clients[1]);
    }

    private async Task<HttpClient> StartAsync()
    {
        var app = ApiApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            .. _database.CommandLine,
            "--OpenData:DataDirectory", RepositoryPaths.Data.Root,
            "--Logging:LogLevel:Default", "Warning",
            // The tests ask as fast as the answers come, and answers kept in memory come faster than a client's rate.
            "--OpenData:Api:RequestsPerMinute", "0",
        ]);
        lock (_instances)
        {
            _instances.Add(app);
        }
        await DatabaseStartup.PrepareAsync(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address + "/") };
    }

    private static async Task<JsonElement> QueryAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _instances)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
