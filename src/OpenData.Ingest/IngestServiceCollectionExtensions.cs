using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.Core;
using OpenData.Core.Themes;
using OpenData.Ingest.Corrections;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Storage;
using OpenData.Ingest.Ingestion;
using OpenData.Ingest.Maintenance;
using OpenData.Ingest.Offline;

namespace OpenData.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// The read → store path, the offline import of the recorded archive and the maintenance that re-reads and
    /// re-classifies what is stored: everything the offline default needs, and nothing that reaches the network.
    /// Requires the storage registration (AddOpenDataStorage).
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Extractor.Create(sp.GetRequiredService<DataDirectory>()));
        services.AddSingleton(sp => ReadingCorrections.Load(sp.GetRequiredService<DataDirectory>(), sp.GetRequiredService<Extractor>()));
        services.AddSingleton(sp => new LofteWriter(ThemeTaxonomy.Load(sp.GetRequiredService<DataDirectory>()).Version));
        services.AddSingleton(sp => RecordedArchive.In(sp.GetRequiredService<DataDirectory>()));
        services.AddTransient<SnapshotWriter>();
        services.AddTransient<DocumentIngester>();
        services.AddTransient<HarvestRunLog>();
        services.AddTransient<OfflineHarvest>();
        services.AddTransient<DocumentRereader>();
        return services;
    }
}
