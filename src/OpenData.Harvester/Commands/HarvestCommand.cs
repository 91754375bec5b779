using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core;
using OpenData.Core.Reference;
using OpenData.Core.Storage;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Harvesting;
using OpenData.Harvester.Sources;
using OpenData.Ingest.Offline;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `harvest --offline`: read the recorded pages of data/archive into the database.
/// `harvest --live [--sources FILE]`: fetch what is due in the registry, politely, within the run's budgets.
/// </summary>
public static class HarvestCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var offline = new Option<bool>("--offline") { Description = "Harvest the recorded pages shipped in data/archive (the default)." };
        var live = new Option<bool>("--live") { Description = "Fetch what is due from the registered sources on the web." };
        var sources = new Option<string?>("--sources") { Description = "The source registry (default: data/sources.json); with --live." };
        var maxDuration = new Option<TimeSpan?>("--max-duration")
        {
            Description = "Stop starting requests after this long: 90s, 30m, 2h (default: Harvester:MaxDuration, 1h).",
            CustomParser = r => DurationText.TryParse(r.Tokens.Single().Value, out var d) ? d : Fail<TimeSpan?>(r, "a duration such as 30m or 2h"),
        };
        var maxRequests = new Option<int?>("--max-requests") { Description = "Send at most this many requests (default: Harvester:MaxRequests, no limit)." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress display, only log lines and the report." };
        var command = new Command("harvest", "Fetch, read and store löften.") { offline, live, sources, maxDuration, maxRequests, noProgress };
        command.Validators.Add(r =>
        {
            if (r.GetValue(offline) && r.GetValue(live))
            {
                r.AddError("--offline and --live exclude each other.");
            }
            if (!r.GetValue(live) && (r.GetValue(sources) is not null || r.GetValue(maxDuration) is not null || r.GetValue(maxRequests) is not null))
            {
                r.AddError("--sources, --max-duration and --max-requests go with --live.");
            }
            if (r.GetValue(maxRequests) is < 1)
            {
                r.AddError("--max-requests must be 1 or more.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            using var host = HarvesterHost.Build(global.Read(parse));
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            if (!parse.GetValue(live))
            {
                var summary = await host.Services.GetRequiredService<OfflineHarvest>().RunAsync(ct);
                Console.WriteLine($"harvest (offline): {summary}");
                return summary.Failed == 0 ? 0 : 1;
            }

            var data = host.Services.GetRequiredService<DataDirectory>();
            var file = parse.GetValue(sources) ?? data.SourcesFile;
            SourceRegistry registry;
            try
            {
                registry = SourceRegistry.Load(file);
            }
            catch (SourceRegistryException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            var errors = SourceRegistryCheck.Run(registry, ReferenceData.Load(data)).Where(p => p.Level == RegistryProblem.Severity.Error).ToList();
            if (errors.Count > 0)
            {
                errors.ForEach(e => Console.Error.WriteLine($"{file}: {e}"));
                Console.Error.WriteLine($"{file}: {errors.Count} error(s); run `sources check` and fix them before harvesting.");
                return 2;
            }

            var harvest = host.Services.GetRequiredService<LiveHarvest>();
            Func<Task<LiveHarvestReport>> work = () => harvest.RunAsync(registry, parse.GetValue(maxDuration), parse.GetValue(maxRequests), ct);
            try
            {
                var report = !parse.GetValue(noProgress) && HarvestProgressDisplay.Available
                    ? await HarvestProgressDisplay.RunAsync(host.Services.GetRequiredService<FetchActivity>(), host.Services.GetRequiredService<TimeProvider>(), work)
                    : await work();
                Console.WriteLine(report);
                return 0;
            }
            catch (HarvestConfigurationException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Console.Error.WriteLine("harvest (live): interrupted; what was stored is kept and the next run takes up the rest.");
                return 130;
            }
        });
        return command;
    }

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string expected)
    {
        result.AddError($"'{result.Tokens.Single().Value}' is not {expected}.");
        return default!;
    }
}
