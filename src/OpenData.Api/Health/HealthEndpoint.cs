using OpenData.Api.Http;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenData.Api.Features.Harvests;

namespace OpenData.Api.Health;

/// <summary>
/// /healthz: 200 while the database answers (with when the harvester last finished), 503 when it does not. For
/// load balancers and monitoring; not rate limited.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IServiceCollection AddDatabaseHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var database = report.Entries.GetValueOrDefault("database");
        var harvest = database.Data.GetValueOrDefault(DatabaseHealthCheck.LastHarvestKey) as HarvestView;
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            database = database.Status == HealthStatus.Unhealthy ? "unreachable" : "reachable",
            error = database.Status == HealthStatus.Unhealthy ? database.Description : null,
            lastHarvest = harvest is null ? null : new
            {
                mode = harvest.Mode,
                startedAt = harvest.StartedAt,
                finishedAt = harvest.FinishedAt,
                fetched = harvest.Fetched,
                @new = harvest.New,
                changed = harvest.Changed,
                unchanged = harvest.Unchanged,
                failed = harvest.Failed,
                gone = harvest.Gone,
            },
        }, ReadableJson.Options, http.RequestAborted);
    }
}
