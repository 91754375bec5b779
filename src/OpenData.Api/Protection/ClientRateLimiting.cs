using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OpenData.Api.Health;

namespace OpenData.Api.Protection;

/// <summary>
/// A token bucket per client address: <see cref="ApiLimits.Burst"/> requests at once, refilled at
/// <see cref="ApiLimits.RequestsPerMinute"/>. A client over it gets 429 with Retry-After. /healthz is not limited.
/// Behind a reverse proxy the address is the proxy's unless forwarded headers are configured.
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, ApiLimits limits)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                limits.RequestsPerMinute == 0 || http.Request.Path.StartsWithSegments(HealthEndpoint.Path)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Bucket(limits)));
            options.OnRejected = async (rejected, ct) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = $"Too many requests from your address: at most {limits.RequestsPerMinute} a minute. Try again in {seconds} s, or download the bulk files under /export/." } },
                }, ct);
            };
        });
        return services;
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
}
