using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core;
using OpenData.Core.Storage;
using OpenData.Ingest.Reading.Themes;
using OpenData.Ingest.Maintenance;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `reclassify [--dry-run]`: classify every stored promise again with data/themes.json as it is now, without
/// re-fetching, recording each promise whose themes changed in the change feed.
/// </summary>
public static class ReclassifyCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change and write nothing." };
        var command = new Command("reclassify", "Classify the stored promises again after a taxonomy change, recording each change.") { dryRun };
        command.SetAction(async (parse, ct) =>
        {
            using var host = HarvesterHost.Build(global.Read(parse));
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            var classifier = LexiconThemeClassifier.Load(host.Services.GetRequiredService<DataDirectory>());
            var reclassifier = ActivatorUtilities.CreateInstance<PromiseReclassifier>(host.Services, classifier);
            var result = await reclassifier.RunAsync(parse.GetValue(dryRun), ct);
            await using var stdout = Utf8Output.Open();
            foreach (var item in result.Reclassified)
            {
                await stdout.WriteLineAsync($"{item.PromiseKey}: [{item.Before}] → [{item.After}]  {Abbreviate(item.Text)}");
            }
            await stdout.WriteLineAsync($"reclassify: {result}");
            return 0;
        });
        return command;
    }

    private static string Abbreviate(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
