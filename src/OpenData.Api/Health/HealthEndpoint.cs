using OpenData.Api.Http;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenData.Api.Features.Harvests;

namespace OpenData.Api.Health;

/// <summary>
/// /healthz: 200 while the database answers (with when the harvester last finished), 503 when it does not, and
/// 503 with status "starting" while a new instance is held back (<see cref="Readiness"/>). For
/// load balancers and monitoring; not rate limited.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IServiceCollection AddDatabaseHealth(this IServiceCollection services)
    {
        services.AddSingleton<Readiness>();
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
        // Not a health check of its own: the health service would log every poll of a starting instance as a failure.
        var starting = !http.RequestServices.GetRequiredService<Readiness>().IsReady && database.Status != HealthStatus.Unhealthy;
        if (starting)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = starting ? "starting" : report.Status.ToString().ToLowerInvariant(),
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
