using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Health;
using OpenData.Api.Startup;
using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Startup;

/// <summary>A new instance answers its warm-up questions before /healthz lets a balancer send it readers.</summary>
public abstract class WarmUpTests(ApiServer api)
{
    [Fact]
    public async Task Healthz_says_starting_until_the_warm_up_questions_are_answered_and_none_of_them_fails()
    {
        var warmUp = api.Services.GetRequiredService<QueryWarmUp>();
        warmUp.Begin();

        var starting = await api.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
        Assert.Equal("starting", StatusOf(await starting.Content.ReadAsStringAsync()));

        var report = await warmUp.RunAsync(QueryWarmUp.SelfAddress([api.Address.AbsoluteUri]), CancellationToken.None);

        // Two passes of five: the question that finds kommuner with löften, a kommun page, a comparison, a search, the reference lists.
        Assert.Equal(10, report.Asked);
        Assert.Equal(0, report.Failed);
        var ready = await api.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("healthy", StatusOf(await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_server_with_no_plain_http_address_serves_without_warming_up()
    {
        var warmUp = api.Services.GetRequiredService<QueryWarmUp>();
        warmUp.Begin();

        var report = await warmUp.RunAsync(QueryWarmUp.SelfAddress(["https://127.0.0.1:5443", "http://unix:/run/opendata.sock"]), CancellationToken.None);

        Assert.Equal(0, report.Asked);
        Assert.True(api.Services.GetRequiredService<Readiness>().IsReady);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/healthz")).StatusCode);
    }

    private static string? StatusOf(string health) => JsonDocument.Parse(health).RootElement.GetProperty("status").GetString();
}

public class SqliteWarmUpTests(ApiServer api) : WarmUpTests(api), IClassFixture<ApiServer>;

public class PostgresWarmUpTests(PostgresApiServer api) : WarmUpTests(api), IClassFixture<PostgresApiServer>;

public class WarmUpAddressTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://[::]:5080", "http://[::1]:5080/")]
    [InlineData("http://localhost:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://+:80", "http://127.0.0.1:80/")]
    [InlineData("http://10.0.0.5:8080", "http://10.0.0.5:8080/")]
    public void The_warm_up_asks_the_server_at_a_loopback_address_when_it_listens_on_all(string listening, string asked)
    {
        Assert.Equal(new Uri(asked), QueryWarmUp.SelfAddress(["https://0.0.0.0:5443", listening]));
    }
}
