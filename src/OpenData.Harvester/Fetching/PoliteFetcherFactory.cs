using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenData.Harvester.Fetching;

/// <summary>Makes the fetcher of one run: the shared HttpClient, with this run's limits, gates and circuit breakers.</summary>
public sealed class PoliteFetcherFactory(
    HarvesterHttpClient http,
    IOptions<HarvesterOptions> options,
    TimeProvider clock,
    IRequestLedger ledger,
    IRobotsStore robots,
    AddressGuard guard,
    FetchActivity activity,
    ILoggerFactory loggers)
{
    public PoliteFetcher Create(RunLimits limits, IReadOnlySet<string> registeredHosts)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger<PoliteFetcher>();
        return new PoliteFetcher(
            http.Client, settings, clock,
            new HostGates(settings, ledger, clock, activity),
            new HostPipelines(settings, clock, activity, logger),
            robots, guard, limits, registeredHosts, logger);
    }
}
