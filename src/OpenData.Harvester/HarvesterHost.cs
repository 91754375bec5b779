using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenData.Core;
using OpenData.Core.Storage;

using OpenData.Ingest;

namespace OpenData.Harvester;

/// <summary>
/// Composes the harvester: configuration (appsettings.json, environment variables such as ConnectionStrings__OpenData,
/// then the command line's --data and --database), logging to stderr, and the flow.
/// </summary>
public static class HarvesterHost
{
    public static IHost Build(GlobalOptions options, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        var overrides = new Dictionary<string, string?>();
        if (options.DataDirectory is not null)
        {
            overrides[DataDirectory.ConfigurationKey] = options.DataDirectory;
        }
        if (options.Database is not null)
        {
            overrides[$"ConnectionStrings:{StorageSettings.ConnectionStringName}"] = options.Database;
        }
        if (options.Provider is not null)
        {
            overrides[StorageSettings.ProviderKey] = options.Provider;
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        // stdout belongs to the command's output (JSON Lines, reports); logs go to stderr.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(options.Verbose ? LogLevel.Debug : LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddOpenDataStorage(builder.Configuration);
        services.AddIngest();
        services.AddLiveHarvesting();
        configure?.Invoke(services);
        return builder.Build();
    }
}

/// <summary>Options every command takes.</summary>
public sealed record GlobalOptions(string? DataDirectory, string? Database, bool Verbose, string? Provider = null);
