using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenData.Testing.Web;

/// <summary>
/// A website on real Kestrel on 127.0.0.1: it serves the pages it is given, answers with faults on cue, and logs
/// every request (time on the injected clock, Host, path, User-Agent, validators) so a test can check politeness
/// from the site's side. Addressed as 127.0.0.1 or as localhost, it is two hosts to the harvester.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _arrived = new(0);
    private WebApplication? _app;

    private LoopbackSite(TimeProvider clock) => _clock = clock;

    public int Port { get; private set; }

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<SiteRequest> Log { get; } = new();

    public static async Task<LoopbackSite> StartAsync(TimeProvider clock)
    {
        var site = new LoopbackSite(clock);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Limits.MinResponseDataRate = null;
        });
        var app = builder.Build();
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site._app = app;
        site.Port = new Uri(app.Urls.First()).Port;
        return site;
    }

    public Uri Url(string path, string host = "127.0.0.1") => new($"http://{host}:{Port}{path}");

    /// <summary>
    /// What <paramref name="path"/> on <paramref name="host"/> answers: the responses in turn, one per request,
    /// the last repeated from then on.
    /// </summary>
    public void Serve(string path, params SiteResponse[] responses) => Serve("127.0.0.1", path, responses);

    public void Serve(string host, string path, params SiteResponse[] responses) =>
        _routes[$"{host}{path}"] = new Route(responses);

    /// <summary>Completes when the site has seen <paramref name="count"/> requests in all.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken ct)
    {
        while (Log.Count < count)
        {
            await _arrived.WaitAsync(ct);
        }
    }

    public IReadOnlyList<SiteRequest> Requests(string? host = null) =>
        Log.Where(r => host is null || r.Host == host).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var entry = new SiteRequest(_clock.GetUtcNow(), request.Host.Host, request.Path + request.QueryString,
            request.Headers.UserAgent.ToString(), NullIfEmpty(request.Headers.IfNoneMatch), NullIfEmpty(request.Headers.IfModifiedSince));
        Log.Enqueue(entry);
        _arrived.Release();
        if (!_routes.TryGetValue($"{entry.Host}{request.Path}", out var route))
        {
            context.Response.StatusCode = 404;
            entry.Status = 404;
            return;
        }
        try
        {
            entry.BytesSent = await route.Next()(context);
            entry.Status = context.Response.StatusCode;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            entry.Status = context.Response.StatusCode;
        }
        entry.Aborted = context.RequestAborted.IsCancellationRequested;
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        value.Count == 0 ? null : value.ToString();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class Route(SiteResponse[] responses)
    {
        private int _served;

        public SiteResponse Next() => responses[Math.Min(Interlocked.Increment(ref _served) - 1, responses.Length - 1)];
    }
}
