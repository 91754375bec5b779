using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.Ingest.Maintenance;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `reread [--all] [--dry-run]`: read the archived bodies again with this build's extractor, without re-fetching,
/// where an older extractor read them (or every source's, with --all), recording what changed.
/// </summary>
public static class RereadCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var all = new Option<bool>("--all") { Description = "Re-read every source's reading, not only those an older extractor made." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change and write nothing." };
        var command = new Command("reread", "Read the archived pages again with this build's extractor, recording each change.") { all, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            using var host = HarvesterHost.Build(global.Read(parse));
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            var result = await host.Services.GetRequiredService<DocumentRereader>().RunAsync(parse.GetValue(all), parse.GetValue(dryRun), ct);
            await using var stdout = Utf8Output.Open();
            foreach (var item in result.Items)
            {
                var detail = item.Error ?? (item.Outcome == Rereading.Outcome.Reread ? $"{item.Changes} change(s)" : "");
                await stdout.WriteLineAsync($"{item.SourceKey}: {item.ReadBy ?? "unread"} → {result.ExtractorVersion}: {item.Outcome}  {detail}".TrimEnd());
            }
            await stdout.WriteLineAsync($"reread: {result}");
            return result.Count(Rereading.Outcome.BodyMissing) > 0 ? 1 : 0;
        });
        return command;
    }
}
