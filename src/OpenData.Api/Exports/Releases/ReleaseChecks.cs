namespace OpenData.Api.Exports.Releases;

/// <summary>
/// Looks for changed data to release at start-up and then every <see cref="ReleaseSettings.CheckEvery"/>, so that a
/// harvest's release is published whether or not anyone asks for it. A failed check is logged and tried again at the
/// next one: a release that cannot be written now must not stop the service.
/// </summary>
public sealed class ReleaseChecks(ReleasePublisher publisher, ReleaseSettings settings, ILogger<ReleaseChecks> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.CheckEvery);
        do
        {
            try
            {
                await publisher.CurrentAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // The service stops: a release half written is a work folder, removed by the next writer.
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Looking for changed data to release failed; the next check is in {Every}", settings.CheckEvery);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
