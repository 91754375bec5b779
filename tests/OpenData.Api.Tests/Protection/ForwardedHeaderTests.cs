using System.Net;
using System.Text.Json;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Protection;

/// <summary>
/// With no trusted proxy named (the default), X-Forwarded-* is nobody's to set: the rate limit counts the address
/// a request really came from, and links are http(s) to a well-formed host whatever a client claims.
/// </summary>
public class ForwardedHeaderTests(RateLimitedServer api) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task A_rotating_X_Forwarded_For_from_an_untrusted_sender_buys_no_more_requests()
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20lan%20%7B%20code%20%7D%20%7D");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            codes.Add((await api.Client.SendAsync(request)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }
}

public class LinkAddressTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string ArchiveUrl = "{ loften(first: 1) { nodes { documents { snapshot { archiveUrl } } } } }";

    private static string FirstArchiveUrl(JsonElement data) =>
        data.GetProperty("loften").GetProperty("nodes")[0].GetProperty("documents")[0].GetProperty("snapshot").GetProperty("archiveUrl").GetString()!;

    [Fact]
    public async Task A_forwarded_scheme_from_an_untrusted_sender_never_reaches_a_link()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent(ArchiveUrl) };
        request.Headers.Add("X-Forwarded-Proto", "gopher");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        var body = JsonDocument.Parse(await (await api.Client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        Assert.StartsWith(api.Address + "archive/", FirstArchiveUrl(body.GetProperty("data")));
    }

    private static StringContent JsonContent(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}

/// <summary>A server published at a public address, behind a balancer on loopback that it trusts.</summary>
public class PublishedServer : ApiServer
{
    public const string PublicUrl = "https://medborgarloften.example/";

    protected override IEnumerable<string> Settings => ["--OpenData:PublicUrl", PublicUrl, "--OpenData:Api:TrustedProxies", "127.0.0.1"];
}

public class PublishedAddressTests(PublishedServer api) : IClassFixture<PublishedServer>
{
    [Fact]
    public async Task With_a_public_url_every_link_uses_it_whatever_the_request_or_its_proxy_says()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ loften(first: 1) { nodes { documents { snapshot { archiveUrl } } } } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Proto", "gopher");
        var body = JsonDocument.Parse(await (await api.Client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        var url = body.GetProperty("data").GetProperty("loften").GetProperty("nodes")[0].GetProperty("documents")[0].GetProperty("snapshot").GetProperty("archiveUrl").GetString();

        Assert.StartsWith(PublishedServer.PublicUrl + "archive/", url);
        Assert.Contains(PublishedServer.PublicUrl + "export/promises.csv", await api.Client.GetStringAsync("/api"));
    }
}
