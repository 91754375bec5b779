using System.CommandLine;
using OpenData.Core;
using OpenData.Core.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenData.Core.Storage;
using OpenData.Harvester.Discovery;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Sources;
using OpenData.Harvester.Storage;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `sources check [--sources FILE]`: the registry's problems, checked against the reference data, no network.
/// `sources generate [--sources FILE]`: (re)make the slug-rule guesses, one for each kommun no other entry covers.
/// `sources import-census CENSUS [--sources FILE]`: rebuild the registry from the census of published löfte pages.
/// `sources discover --live [--kommun CODE]... [--max-requests N]`: look for löfte pages where nothing current is known.
/// </summary>
public static class SourcesCommand
{
    public const string About =
        "What the harvester reads: the polisen.se and kommun-site addresses where löfte pages were seen published " +
        "(`sources import-census ../shared/reference/loften-addresses.csv`; basis `seen-published` with the periods each " +
        "showed, in public copies of unknown date: an address may have moved since), addresses the harvester discovered " +
        "(basis `discovered`, `foundBy` how), and pattern guesses only for kommuner where nothing was seen (basis `guess`). " +
        "Newspapers and third-party copies are not sources. `verified` is true only for an address a person has seen " +
        "answer with a löfte. Check with `sources check`.";

    public static Command Create(GlobalOptionSet global)
    {
        var command = new Command("sources", "The source registry (data/sources.json).");
        command.Subcommands.Add(Check(global));
        command.Subcommands.Add(Generate(global));
        command.Subcommands.Add(ImportCensus(global));
        command.Subcommands.Add(Discover(global));
        return command;
    }

    /// <summary>The registry in <paramref name="file"/>, or null once what is wrong with it has been said.</summary>
    private static SourceRegistry? LoadOrSay(string file)
    {
        try
        {
            return SourceRegistry.Load(file);
        }
        catch (SourceRegistryException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    private static Option<string?> SourcesOption() => new("--sources") { Description = "The registry file (default: data/sources.json)." };

    private static Command Check(GlobalOptionSet global)
    {
        var sources = SourcesOption();
        var command = new Command("check", "Report the registry's problems: errors stop a live harvest, warnings do not.") { sources };
        command.SetAction(parse =>
        {
            var data = DataDirectory.Locate(global.Read(parse).DataDirectory);
            var file = parse.GetValue(sources) ?? data.SourcesFile;
            if (LoadOrSay(file) is not { } registry)
            {
                return 1;
            }
            var problems = SourceRegistryCheck.Run(registry, ReferenceData.Load(data));
            foreach (var problem in problems.OrderByDescending(p => p.Level))
            {
                Console.WriteLine(problem);
            }
            var errors = problems.Count(p => p.Level == RegistryProblem.Severity.Error);
            var kinds = string.Join(", ", registry.Sources.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
            var kommuner = registry.Sources.SelectMany(s => s.Kommuner).Distinct().Count();
            var unverified = registry.Sources.Count(s => !s.Verified);
            Console.WriteLine($"{file}: {registry.Sources.Count} sources ({kinds}) for {kommuner} kommuner on {registry.Hosts.Count} hosts; " +
                $"{unverified} address(es) not verified; {errors} error(s), {problems.Count - errors} warning(s)");
            return errors == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Generate(GlobalOptionSet global)
    {
        var sources = SourcesOption();
        var command = new Command("generate", "Make the slug-rule guess of every kommun that no other entry covers; other entries are kept.") { sources };
        command.SetAction(parse =>
        {
            var data = DataDirectory.Locate(global.Read(parse).DataDirectory);
            var file = parse.GetValue(sources) ?? data.SourcesFile;
            var existing = File.Exists(file) ? SourceRegistry.Load(file) : new SourceRegistry { Sources = [] };
            var registry = existing.WithGuesses(PolisenLoftePages.Generate(ReferenceData.Load(data))) with { About = existing.About ?? About };
            registry.Save(file);
            var guesses = registry.Sources.Count(s => s.FoundBy == FoundBy.SlugRule);
            Console.WriteLine($"{file}: {guesses} slug-rule guesses, {registry.Sources.Count - guesses} other entries kept");
            return 0;
        });
        return command;
    }

    private static Command ImportCensus(GlobalOptionSet global)
    {
        var sources = SourcesOption();
        var census = new Argument<string>("census") { Description = "The census of published löfte pages (loften-addresses.csv)." };
        var year = new Option<int?>("--year") { Description = "The year that decides which pages held a löfte lately (default: this year)." };
        var command = new Command("import-census",
            "Rebuild the registry from the census: every polisen.se and kommun-site address seen, guesses only where nothing was seen; discovered entries are kept.")
        {
            census, sources, year,
        };
        command.SetAction(parse =>
        {
            var data = DataDirectory.Locate(global.Read(parse).DataDirectory);
            var file = parse.GetValue(sources) ?? data.SourcesFile;
            try
            {
                var previous = File.Exists(file) ? SourceRegistry.Load(file) : null;
                var reference = ReferenceData.Load(data);
                var (registry, summary) = CensusImport.Build(CensusAddress.Read(parse.GetValue(census)!), reference, previous,
                    parse.GetValue(year) ?? DateTime.UtcNow.Year);
                registry = registry with { About = About };
                var problems = SourceRegistryCheck.Run(registry, reference);
                foreach (var problem in problems.Where(p => p.Level == RegistryProblem.Severity.Error))
                {
                    Console.Error.WriteLine(problem);
                }
                if (problems.Any(p => p.Level == RegistryProblem.Severity.Error))
                {
                    Console.Error.WriteLine($"error: the rebuilt registry has errors; {file} is left as it was");
                    return 1;
                }
                registry.Save(file);
                Console.WriteLine($"{file}: {summary.Addresses} addresses seen published for {summary.SeenKommuner} kommuner " +
                    $"(from {summary.Rows} census rows; {summary.ThirdPartyRows} rows of newspapers and third-party copies left out), " +
                    $"{summary.Discovered} discovered kept, {summary.Guesses} guesses where nothing was seen; {summary.Kommuner} kommuner covered in all");
                return 0;
            }
            catch (SourceRegistryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command Discover(GlobalOptionSet global)
    {
        var sources = SourcesOption();
        var live = new Option<bool>("--live") { Description = "Required: discovery asks polisen.se and kommun sites, within their budgets." };
        var kommun = new Option<string[]>("--kommun") { Description = "Only this kommun (kommunkod); repeat for more.", AllowMultipleArgumentsPerToken = true };
        var maxRequests = new Option<int?>("--max-requests") { Description = "Send at most this many requests (default: the hosts' own budgets only)." };
        var maxDuration = new Option<TimeSpan?>("--max-duration")
        {
            Description = "Stop starting requests after this long: 30m, 2h (default 1h).",
            CustomParser = r => DurationText.TryParse(r.Tokens.Single().Value, out var d) ? d : null,
        };
        var command = new Command("discover",
            "Look for löfte pages where nothing current is known: other polisen.se addresses, kommun sitemaps, one hop to linked documents and twin pages. Found addresses join the registry.")
        {
            sources, live, kommun, maxRequests, maxDuration,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(live))
            {
                Console.Error.WriteLine("error: discovery goes on the web: say so with --live.");
                return 2;
            }
            using var host = HarvesterHost.Build(global.Read(parse));
            var options = host.Services.GetRequiredService<IOptions<HarvesterOptions>>().Value;
            if (options.Problems() is { Count: > 0 } problems)
            {
                problems.ToList().ForEach(p => Console.Error.WriteLine($"error: {p}"));
                return 2;
            }
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            var data = host.Services.GetRequiredService<DataDirectory>();
            var file = parse.GetValue(sources) ?? data.SourcesFile;
            if (LoadOrSay(file) is not { } registry)
            {
                return 2;
            }
            var reference = ReferenceData.Load(data);
            await host.Services.GetRequiredService<SourceRegistrySync>().SyncAsync(registry, ct);
            var only = parse.GetValue(kommun) is { Length: > 0 } codes ? codes.ToHashSet(StringComparer.Ordinal) : null;
            var report = await host.Services.GetRequiredService<Discoverer>().RunAsync(registry, reference, new DiscoverySettings
            {
                Kommuner = only,
                MaxRequests = parse.GetValue(maxRequests) ?? 0,
                MaxDuration = parse.GetValue(maxDuration) ?? TimeSpan.FromHours(1),
                ThisYear = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year,
            }, ct);
            if (report.Found.Count > 0)
            {
                registry.WithDiscovered(report.Found).Save(file);
            }
            foreach (var found in report.Found)
            {
                Console.WriteLine($"found {found.Url} ({found.FoundBy}) for {string.Join(", ", found.Kommuner)}");
            }
            Console.WriteLine($"{file}: {report}");
            return 0;
        });
        return command;
    }
}
