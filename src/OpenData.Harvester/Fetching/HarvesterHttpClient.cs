using System.Net;
using System.Net.Http.Headers;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// The one HttpClient of live harvesting. Redirects and decompression are the fetcher's own business (redirects are
/// checked hop by hop, bodies unpacked within a limit), and every connection passes the <see cref="AddressGuard"/>.
/// </summary>
public sealed class HarvesterHttpClient : IDisposable
{
    public HarvesterHttpClient(HarvesterOptions options, AddressGuard guard) => Client = Create(options, guard);

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();

    private static HttpClient Create(HarvesterOptions options, AddressGuard guard)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            ConnectCallback = guard.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 2,
        };
        // Timeouts are per attempt, on the harvester's clock (Polly), not HttpClient's own.
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, application/pdf;q=0.9, text/plain;q=0.8");
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("deflate"));
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv, en;q=0.5");
        return client;
    }
}
