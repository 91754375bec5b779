using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.Core;
using OpenData.Core.Themes;
using OpenData.Harvester.Extraction;
using OpenData.Harvester.Sources;
using OpenData.Harvester.Storage;

namespace OpenData.Harvester;

public static class HarvestingServiceCollectionExtensions
{
    /// <summary>
    /// The extract → normalise → store path and the recorded archive: everything the offline default needs, and
    /// nothing that reaches the network. Requires the storage registration (AddOpenDataStorage).
    /// </summary>
    public static IServiceCollection AddOfflineHarvesting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Extractor.Create(sp.GetRequiredService<DataDirectory>()));
        services.AddSingleton(sp => new LofteWriter(ThemeTaxonomy.Load(sp.GetRequiredService<DataDirectory>()).Version));
        services.AddSingleton(sp => RecordedArchive.In(sp.GetRequiredService<DataDirectory>()));
        services.AddTransient<DocumentIngester>();
        services.AddTransient<HarvestRunLog>();
        services.AddTransient<OfflineHarvest>();
        services.AddTransient<DocumentRereader>();
        return services;
    }
}
