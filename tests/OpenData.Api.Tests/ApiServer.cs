using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenData.Api.Startup;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Testing;

namespace OpenData.Api.Tests;

/// <summary>
/// The API as a user runs it: real Kestrel on a loopback port, a fresh SQLite file filled from data/archive at start.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    private readonly TempFolder _folder = new("api");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public string DatabaseFile => Path.Combine(_folder.Path, "opendata.db");

    public async Task InitializeAsync()
    {
        _app = ApiApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:OpenData", $"Data Source={DatabaseFile}",
            "--OpenData:DataDirectory", RepositoryPaths.Data.Root,
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await DatabaseStartup.PrepareAsync(_app.Services);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _folder.Dispose();
    }
}
