using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenData.Api.Features.Harvests;

namespace OpenData.Api.Health;

/// <summary>
/// Healthy when the database answers a real query (the last harvest run); degraded when it answers but no harvest
/// has finished yet; unhealthy when it cannot be read.
/// </summary>
public sealed class DatabaseHealthCheck(HarvestQueries harvests) : IHealthCheck
{
    public const string LastHarvestKey = "lastHarvest";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        HarvestView? last;
        try
        {
            last = await harvests.LastFinishedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read: " + e.Message);
        }
        return last is null
            ? HealthCheckResult.Degraded("No harvest has finished yet.")
            : HealthCheckResult.Healthy(data: new Dictionary<string, object> { [LastHarvestKey] = last });
    }
}
