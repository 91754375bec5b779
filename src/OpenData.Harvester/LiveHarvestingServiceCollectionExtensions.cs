using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Harvesting;
using OpenData.Harvester.Storage;
using OpenData.Harvester.Scheduling;

using OpenData.Harvester.Reporting;
using OpenData.Harvester.Discovery;

namespace OpenData.Harvester;

public static class LiveHarvestingServiceCollectionExtensions
{
    /// <summary>
    /// Live harvesting: the polite fetcher, the source schedule, the run and its report, configured from the
    /// <c>Harvester</c> section. For the harvester's command line only: the API never fetches from the web.
    /// Requires the offline registration (AddIngest) for the ingest path.
    /// </summary>
    public static IServiceCollection AddLiveHarvesting(this IServiceCollection services)
    {
        services.AddOptions<HarvesterOptions>().BindConfiguration(HarvesterOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new AddressGuard(sp.GetRequiredService<IOptions<HarvesterOptions>>().Value.AllowPrivateAddresses));
        services.AddSingleton(sp => new HarvesterHttpClient(sp.GetRequiredService<IOptions<HarvesterOptions>>().Value, sp.GetRequiredService<AddressGuard>()));
        services.AddSingleton<FetchActivity>();
        services.AddSingleton<DatabaseWriteLock>();
        services.AddSingleton<IRequestLedger, SnapshotRequestLedger>();
        services.AddSingleton<IRobotsStore, RobotsArchive>();
        services.AddSingleton<PoliteFetcherFactory>();
        services.AddTransient<SourceRegistrySync>();
        services.AddTransient<SourceSchedule>();
        services.AddTransient<LiveHarvest>();
        services.AddTransient<CoverageReport>();
        services.AddTransient<UncertainReadingsReport>();
        services.AddTransient<ProbeRecords>();
        services.AddTransient<Discoverer>();
        return services;
    }
}
