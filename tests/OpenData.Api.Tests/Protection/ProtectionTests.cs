using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenData.Core.Storage;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

public class ProtectionTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task A_query_for_100_kommuner_by_100_loften_by_100_promises_is_refused_before_it_runs()
    {
        var (response, body) = await api.PostAsync("""
            { kommuner(first: 100) { nodes { loften { promises { text } } } }
              loften(first: 100) { nodes { kommuner { loften { promises { text } } } } } }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("at most 5,000 are allowed", message);
        Assert.Contains("/export/loften.jsonl", message);
    }

    [Fact]
    public async Task The_same_limit_holds_when_first_comes_in_a_variable()
    {
        var (response, _) = await api.PostAsync("query($n: Int) { kommuner(first: $n) { nodes { loften { promises { text } } } } }", new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (small, _) = await api.PostAsync("query($n: Int) { kommuner(first: $n) { nodes { loften { promises { text } } } } }", new { n = 5 });
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task A_query_nested_too_deep_is_refused_with_the_limit_named()
    {
        // kommun → lan → kommuner → lan → …: eleven levels.
        var nested = string.Concat(Enumerable.Repeat("lan { kommuner { ", 5));
        var (response, body) = await api.PostAsync("{ kommun(code: \"2463\") { " + nested + "code" + new string('}', 12));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("at most 10 are allowed"));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413_unread()
    {
        var padding = new string(' ', 70 * 1024);
        var response = await api.Client.PostAsync("/graphql", new StringContent($$"""{"query":"{ lan { code } {{padding}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 65,536 bytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cors_lets_any_origin_read_and_post_queries_but_not_write()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://journalist.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var allowed = await api.Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var put = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        put.Headers.Add("Origin", "https://journalist.example");
        put.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await api.Client.SendAsync(put);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Methods") && refused.Headers.GetValues("Access-Control-Allow-Methods").Any(m => m.Contains("DELETE")));

        using var get = new HttpRequestMessage(HttpMethod.Get, "/export/loften.jsonl");
        get.Headers.Add("Origin", "https://app.example");
        var read = await api.Client.SendAsync(get);
        Assert.Equal("*", read.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", read.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }
}

/// <summary>A server that lets an address make three requests at once and one a minute after that.</summary>
public class RateLimitedServer : ApiServer
{
    protected override IEnumerable<string> Settings => ["--OpenData:Api:RequestsPerMinute", "1", "--OpenData:Api:Burst", "3"];
}

public class RateLimitTests(RateLimitedServer api) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task An_address_over_its_rate_gets_429_with_retry_after_and_health_checks_still_answer()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/graphql?query=%7B%20lan%20%7B%20code%20%7D%20%7D")).StatusCode);
        }
        var refused = await api.Client.GetAsync("/graphql?query=%7B%20lan%20%7B%20code%20%7D%20%7D");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/healthz")).StatusCode);
    }
}

/// <summary>The same limits behind a load balancer on 127.0.0.1, which the server is told to trust.</summary>
public class ProxiedServer : ApiServer
{
    protected override IEnumerable<string> Settings =>
        ["--OpenData:Api:RequestsPerMinute", "1", "--OpenData:Api:Burst", "2", "--OpenData:Api:TrustedProxies", "127.0.0.1"];
}

public class TrustedProxyTests(ProxiedServer api) : IClassFixture<ProxiedServer>
{
    [Fact]
    public async Task Behind_a_trusted_balancer_each_client_address_has_its_own_rate()
    {
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await ThreeFromAsync("203.0.113.7"));
        // Another client behind the same balancer is not held back by the first.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await ThreeFromAsync("198.51.100.23"));
    }

    [Fact]
    public async Task A_trusted_balancer_forwarding_a_scheme_other_than_http_or_https_does_not_make_links_of_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ loften(first: 1) { nodes { documents { snapshot { archiveUrl } } } } }"));
        request.Headers.Add("X-Forwarded-For", "192.0.2.50");
        request.Headers.Add("X-Forwarded-Proto", "gopher");
        var body = await (await api.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("\"archiveUrl\":\"http://", body);
        Assert.DoesNotContain("gopher", body);
    }

    private async Task<HttpStatusCode[]> ThreeFromAsync(string client)
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20lan%20%7B%20code%20%7D%20%7D");
            request.Headers.Add("X-Forwarded-For", client);
            codes.Add((await api.Client.SendAsync(request)).StatusCode);
        }
        return [.. codes];
    }
}

/// <summary>A server on a clock the test moves: once armed, the next database command finds the deadline passed.</summary>
public class SlowDatabaseServer : ApiServer
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public bool Armed { get; set; }

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.ConfigureOpenDataContext(o => o.AddInterceptors(new ClockMover(this)));
    }

    /// <summary>Stands for a query that runs long: the clock passes the 10-second execution timeout while it runs.</summary>
    private sealed class ClockMover(SlowDatabaseServer server) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (server.Armed)
            {
                server.Clock.Advance(TimeSpan.FromSeconds(11));
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public class TimeoutTests(SlowDatabaseServer api) : IClassFixture<SlowDatabaseServer>
{
    [Fact]
    public async Task A_query_running_past_the_execution_timeout_is_stopped_with_a_clear_error()
    {
        api.Armed = true;
        try
        {
            var (response, body) = await api.PostAsync("""{ kommuner(first: 5) { nodes { name } } }""");
            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
            Assert.Contains("ran longer than 10 s", body.GetProperty("errors")[0].GetProperty("message").GetString());
        }
        finally
        {
            api.Armed = false;
        }
        // The next query is on time again.
        Assert.Equal(5, (await api.QueryAsync("""{ kommuner(first: 5) { nodes { name } } }""")).GetProperty("kommuner").GetProperty("nodes").GetArrayLength());
    }
}
