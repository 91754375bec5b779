using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Harvester.Storage;

namespace OpenData.Harvester.Commands;

/// <summary>`harvest --offline`: read the recorded pages of data/archive into the database.</summary>
public static class HarvestCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var offline = new Option<bool>("--offline") { Description = "Harvest the recorded pages shipped in data/archive (the default)." };
        var command = new Command("harvest", "Fetch, read and store löften.") { offline };
        command.SetAction(async (parse, ct) =>
        {
            using var host = HarvesterHost.Build(global.Read(parse));
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            var summary = await host.Services.GetRequiredService<OfflineHarvest>().RunAsync(ct);
            Console.WriteLine($"harvest (offline): {summary}");
            return summary.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
