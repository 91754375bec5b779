using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// Fetches one address the way a site owner would wish: only registered hosts, never a private address, robots.txt
/// obeyed, each host in its turn and within its budgets, conditional when validators are known, bodies within their
/// limits, retried with backoff when the failure is passing. One per run: the run's limits and circuit states live here.
/// </summary>
public sealed class PoliteFetcher(
    HttpClient http,
    HarvesterOptions options,
    TimeProvider clock,
    HostGates gates,
    HostPipelines pipelines,
    IRobotsStore robotsStore,
    AddressGuard guard,
    RunLimits limits,
    IReadOnlySet<string> registeredHosts,
    ILogger logger)
{
    private ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> Robots { get; init; } = new(StringComparer.Ordinal);

    public RunLimits Limits => limits;

    /// <summary>The media types accepted: the options' own, and sitemaps' too for a discovery run.</summary>
    public IReadOnlyList<string> ContentTypes { get; private init; } = options.AllowedContentTypes;

    /// <summary>The same fetcher (its limits, gates, circuits and robots.txt cache) accepting these media types.</summary>
    public PoliteFetcher WithContentTypes(IReadOnlyList<string> types) =>
        new(http, options, clock, gates, pipelines, robotsStore, guard, limits, registeredHosts, logger) { ContentTypes = types, Robots = Robots };

    /// <summary>Whether an address is on a host of the registry, the only hosts the harvester goes to.</summary>
    public bool IsRegistered(Uri url) => registeredHosts.Contains(url.Host.ToLowerInvariant());

    public Task<FetchResult> FetchAsync(Uri url, Validators? validators, CancellationToken ct) =>
        FetchAsync(url, validators, robotsTxt: false, ct);

    /// <summary>The robots.txt rules (and sitemaps) of an address's host, fetched within the host's budget if not known.</summary>
    public Task<RobotsRules> RobotsAsync(Uri url, CancellationToken ct) => RobotsForAsync(url, ct);

    private async Task<FetchResult> FetchAsync(Uri url, Validators? validators, bool robotsTxt, CancellationToken ct)
    {
        var attempts = new List<FetchAttempt>();
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!IsRegistered(current))
                {
                    return new FetchResult(FetchStatus.Refused, url, attempts)
                    {
                        Error = $"led to {current.Host}, which is not a registered host", FinalUrl = current,
                    };
                }
                try
                {
                    await guard.ResolveAsync(current.Host, ct);
                }
                catch (FetchRefusedException e)
                {
                    return new FetchResult(FetchStatus.Refused, url, attempts) { Error = e.Message, FinalUrl = current };
                }
                catch (HttpRequestException e)
                {
                    return new FetchResult(FetchStatus.Failed, url, attempts) { Error = e.Message, FinalUrl = current, HostUnreachable = true };
                }
                if (!robotsTxt)
                {
                    var rules = await RobotsForAsync(current, ct);
                    if (!rules.IsAllowed(current))
                    {
                        return new FetchResult(FetchStatus.Refused, url, attempts)
                        {
                            Error = $"{rules.Origin} disallows {current.PathAndQuery}", FinalUrl = current,
                        };
                    }
                }
                var response = await SendAsync(current, hop == 0 ? validators : null, robotsTxt, attempts, ct);
                if (response.IsRedirect)
                {
                    if (hop >= options.MaxRedirects)
                    {
                        return new FetchResult(FetchStatus.Failed, url, attempts) { Error = $"more than {options.MaxRedirects} redirects", Response = response, FinalUrl = current };
                    }
                    current = new Uri(current, response.Location!);
                    continue;
                }
                return Classify(url, current, response, attempts);
            }
        }
        catch (FetchDeferredException e)
        {
            return new FetchResult(FetchStatus.Deferred, url, attempts) { Error = e.Message, FinalUrl = current };
        }
        catch (BrokenCircuitException)
        {
            return new FetchResult(FetchStatus.Deferred, url, attempts)
            {
                Error = $"{current.Host} failed too often; left alone for {options.CircuitBreaker.BreakDuration}", FinalUrl = current,
            };
        }
        catch (Exception e) when (e is FetchRefusedException or TimeoutRejectedException or HttpRequestException or IOException)
        {
            var tries = attempts.Count(a => a.Url == current);
            return new FetchResult(FetchStatus.Failed, url, attempts)
            {
                Error = tries > 1 ? $"{HostPipelines.Describe(e)} (after {tries} attempts)" : HostPipelines.Describe(e), FinalUrl = current,
            };
        }
    }

    private FetchResult Classify(Uri url, Uri final, HttpAttempt response, List<FetchAttempt> attempts)
    {
        var tries = attempts.Count(a => a.Url == final);
        var (status, error) = response.Status switch
        {
            >= 200 and < 300 when response.Body is not null => (FetchStatus.Fetched, (string?)null),
            304 => (FetchStatus.NotModified, null),
            404 or 410 => (FetchStatus.Gone, $"HTTP {response.Status}"),
            _ => (FetchStatus.Failed, tries > 1 ? $"HTTP {response.Status} (after {tries} attempts)" : $"HTTP {response.Status}"),
        };
        return new FetchResult(status, url, attempts) { Error = error, Response = response, FinalUrl = final };
    }

    /// <summary>One address, hop of a redirect chain, through the host's gate and resilience pipeline.</summary>
    private async Task<HttpAttempt> SendAsync(Uri url, Validators? validators, bool robotsTxt, List<FetchAttempt> attempts, CancellationToken ct)
    {
        var gate = await gates.ForAsync(url.Host, ct);
        return await pipelines.For(gate.Key).ExecuteAsync(async token =>
        {
            using var turn = await gate.WaitTurnAsync(url, limits, token);
            var at = clock.GetUtcNow().UtcDateTime;
            try
            {
                var attempt = await pipelines.Attempt.ExecuteAsync(t => SendOnceAsync(url, validators, robotsTxt, t), token);
                attempts.Add(new FetchAttempt(at, url, attempt.Status, attempt.IsTransient ? $"HTTP {attempt.Status}" : null)
                {
                    ContentType = attempt.ContentType, ETag = attempt.ETag, LastModified = attempt.LastModified, RetryAfter = attempt.RetryAfter,
                });
                if (attempt.RetryAfter is { } until)
                {
                    gate.PauseUntil(until);
                }
                return attempt;
            }
            catch (Exception e)
            {
                var refused = e as FetchRefusedException;
                attempts.Add(new FetchAttempt(at, url, refused?.Status, HostPipelines.Describe(e)) { ContentType = refused?.ContentType ?? "" });
                throw;
            }
        }, ct);
    }

    private async ValueTask<HttpAttempt> SendOnceAsync(Uri url, Validators? validators, bool robotsTxt, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is FetchRefusedException refused)
        {
            throw new FetchRefusedException(refused.Message);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var attempt = new HttpAttempt(status)
            {
                ContentType = response.Content.Headers.ContentType?.ToString() ?? "",
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                RetryAfter = RetryAfter(response.Headers.RetryAfter),
                Location = response.Headers.Location,
            };
            if (status is < 200 or >= 300)
            {
                return attempt;
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (!robotsTxt && mediaType is not null && !ContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            {
                throw new FetchRefusedException($"content type {mediaType} is not one the harvester reads ({string.Join(", ", ContentTypes)})")
                {
                    Status = status, ContentType = attempt.ContentType,
                };
            }
            if (response.Content.Headers.ContentLength is { } length && length > options.MaxBodyBytes)
            {
                throw new FetchRefusedException($"the body is {length:N0} bytes, more than the limit of {options.MaxBodyBytes:N0}")
                {
                    Status = status, ContentType = attempt.ContentType,
                };
            }
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            try
            {
                var raw = await ContentDecoding.ReadLimitedAsync(stream, options.MaxBodyBytes, "the body", ct);
                var body = await ContentDecoding.DecodeAsync(raw, response.Content.Headers.ContentEncoding, options.MaxDecompressedBytes, ct);
                return attempt with { Body = body };
            }
            catch (FetchRefusedException e)
            {
                throw new FetchRefusedException(e.Message) { Status = status, ContentType = attempt.ContentType };
            }
        }
    }

    private DateTime? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => clock.GetUtcNow().UtcDateTime + delta,
        { Date: { } date } => date.UtcDateTime,
        _ => null,
    };

    /// <summary>The robots.txt rules of an address's origin: from this run, else from the store if fresh, else fetched.</summary>
    private async Task<RobotsRules> RobotsForAsync(Uri url, CancellationToken ct)
    {
        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        var rules = await Robots.GetOrAdd(robotsUrl.AbsoluteUri, _ => new Lazy<Task<RobotsRules>>(() => LoadRobotsAsync(robotsUrl, ct))).Value;
        if (rules.CrawlDelay is { } delay)
        {
            (await gates.ForAsync(url.Host, ct)).RespectCrawlDelay(delay);
        }
        return rules;
    }

    private async Task<RobotsRules> LoadRobotsAsync(Uri robotsUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await robotsStore.LoadAsync(robotsUrl, now - options.RobotsCacheFor, ct) is { } stored)
        {
            return Interpret(stored.Status, stored.Body, "kept");
        }
        var result = await FetchAsync(robotsUrl, null, robotsTxt: true, ct);
        if (result.Attempts.Count > 0)
        {
            await robotsStore.SaveAsync(robotsUrl, result, ct);
        }
        switch (result.Status)
        {
            case FetchStatus.Deferred:
                throw new FetchDeferredException(result.Error ?? "robots.txt could not be fetched in this run");
            case FetchStatus.Fetched or FetchStatus.Gone:
                return Interpret(result.Response!.Status, result.Response.Body, "fetched");
            case FetchStatus.Failed when result.Response is { Status: >= 400 and < 500 and not 429 } response:
                return Interpret(response.Status, null, "fetched");
            default:
                // RFC 9309: a robots.txt that cannot be reached means nothing may be fetched.
                logger.LogWarning("{Robots}: {Error}: the host is treated as disallowing everything in this run", robotsUrl, result.Error);
                return RobotsRules.DisallowAll($"robots.txt could not be read ({result.Error}), so everything");
        }
    }

    private RobotsRules Interpret(int status, byte[]? body, string how) => status switch
    {
        >= 200 and < 300 when body is not null => RobotsTxt.Parse(body, options.Product),
        >= 400 and < 500 => RobotsRules.AllowAll($"robots.txt ({how}, HTTP {status}: no rules)"),
        _ => RobotsRules.DisallowAll($"robots.txt ({how}, HTTP {status}), so everything"),
    };
}
