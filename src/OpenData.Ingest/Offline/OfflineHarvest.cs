using Microsoft.Extensions.Logging;

using OpenData.Ingest.Ingestion;

using OpenData.Ingest.Storage;

namespace OpenData.Ingest.Offline;

/// <summary>
/// The offline default: every recorded page of data/archive through the same ingest path as live fetches. Running
/// it again changes nothing.
/// </summary>
public sealed class OfflineHarvest(RecordedArchive archive, DocumentIngester ingester, HarvestRunLog runs, ILogger<OfflineHarvest> logger)
{
    public async Task<HarvestSummary> RunAsync(CancellationToken ct = default)
    {
        var run = await runs.StartAsync("offline", ct);
        var summary = new HarvestSummary();
        foreach (var recorded in archive.ReadAll())
        {
            var outcome = await ingester.IngestAsync(recorded, ct: ct);
            summary.Count(outcome);
            logger.LogDebug("{Source}: {Outcome}", recorded.Source.Key, outcome);
        }
        await runs.FinishAsync(run, summary, ct);
        // Debug: each caller reports the summary itself (the command on stdout, the API in its log).
        logger.LogDebug("Offline harvest of {Archive}: {Summary}", archive.Root, summary);
        return summary;
    }
}
