using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OpenData.Api.Health;

namespace OpenData.Api.Protection;

/// <summary>
/// Per client address (<see cref="ClientAddress"/>): a token bucket of <see cref="ApiLimits.Burst"/> requests refilled at
/// <see cref="ApiLimits.RequestsPerMinute"/>, and at most <see cref="ApiLimits.MaxConcurrentPerClient"/> requests to
/// the API's endpoints running at once (a few more wait their turn). A client over either gets 429 with Retry-After.
/// Every answer says where the client stands in the IETF draft's RateLimit-Policy and RateLimit fields. /healthz is
/// not limited, and the page's files only count against the bucket.
/// </summary>
public static class ClientRateLimiting
{
    /// <summary>The policy's name in the RateLimit fields.</summary>
    private const string Policy = "requests";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, ApiLimits limits)
    {
        var requests = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            limits.RequestsPerMinute == 0 || http.Request.Path.StartsWithSegments(HealthEndpoint.Path)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(http), _ => Bucket(limits)));
        var atOnce = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.GetEndpoint() is null || http.Request.Path.StartsWithSegments(HealthEndpoint.Path)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetConcurrencyLimiter(ClientAddress.Of(http), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.MaxConcurrentPerClient,
                    // A page asks several things at once; a short queue lets that wait rather than fail.
                    QueueLimit = limits.MaxConcurrentPerClient * 2,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        services.AddSingleton(new RequestBuckets(requests));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(requests, atOnce);
            options.OnRejected = async (rejected, ct) =>
            {
                // Only the bucket knows when it refills; a client over its share at once may come back in a second.
                var overRate = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                var seconds = overRate ? (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                var message = overRate
                    ? $"Too many requests from your address: at most {limits.RequestsPerMinute} a minute. Try again in {seconds} s, or download the bulk files under /export/."
                    : $"Too many requests from your address at once: at most {limits.MaxConcurrentPerClient} run at a time. Wait for the ones running, then try again.";
                await rejected.HttpContext.Response.WriteAsJsonAsync(new { errors = new[] { new { message } } }, ct);
            };
        });
        return services;
    }

    /// <summary>Writes RateLimit-Policy and RateLimit on every answer, the 429s included.</summary>
    public static IApplicationBuilder UseRateLimitFields(this IApplicationBuilder app, ApiLimits limits)
    {
        if (limits.RequestsPerMinute == 0)
        {
            return app;
        }
        var refill = 60.0 / limits.RequestsPerMinute;
        var policy = string.Create(CultureInfo.InvariantCulture, $"\"{Policy}\";q={limits.Burst};w={(int)Math.Ceiling(limits.Burst * refill)}");
        var buckets = app.ApplicationServices.GetRequiredService<RequestBuckets>();
        return app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                if (buckets.Limiter.GetStatistics(http) is { } bucket)
                {
                    var remaining = Math.Max(0, bucket.CurrentAvailablePermits);
                    // Seconds until the whole burst is back, as the draft's "t" counts until the quota resets.
                    var reset = (int)Math.Ceiling((limits.Burst - remaining) * refill);
                    http.Response.Headers["RateLimit-Policy"] = policy;
                    http.Response.Headers["RateLimit"] = string.Create(CultureInfo.InvariantCulture, $"\"{Policy}\";r={remaining};t={reset}");
                }
                return Task.CompletedTask;
            });
            await next();
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(ApiLimits limits)
    {
        // Refill in small steps so that a client waiting a few seconds gets a few requests back, not a minute's worth.
        var perSecond = Math.Max(1, limits.RequestsPerMinute / 60);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(60.0 * perSecond / limits.RequestsPerMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    /// <summary>The per-client token buckets, kept so that every answer can say how many requests its client has left.</summary>
    private sealed record RequestBuckets(PartitionedRateLimiter<HttpContext> Limiter);
}
