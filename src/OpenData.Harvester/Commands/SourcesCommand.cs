using System.CommandLine;
using OpenData.Core;
using OpenData.Core.Reference;
using OpenData.Harvester.Sources;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `sources check [--sources FILE]`: the registry's problems, checked against the reference data, no network.
/// `sources generate [--sources FILE]`: (re)make the polisen.se löfte page of every kommun by the address rule,
/// keeping the entries made by hand.
/// </summary>
public static class SourcesCommand
{
    public const string About =
        "What the harvester reads: each kommun's löfte page on polisen.se (addresses made by the 2023-on slug rule, " +
        "`sources generate`) and kommun sites' own pages. `verified` is true only for an address a person has seen " +
        "answer with a löfte; `basis` says how the address was arrived at. Check with `sources check`.";

    public static Command Create(GlobalOptionSet global)
    {
        var command = new Command("sources", "The source registry (data/sources.json).");
        command.Subcommands.Add(Check(global));
        command.Subcommands.Add(Generate(global));
        return command;
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
            SourceRegistry registry;
            try
            {
                registry = SourceRegistry.Load(file);
            }
            catch (SourceRegistryException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
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
        var command = new Command("generate", "Make every kommun's polisen.se löfte page by the address rule; hand-made entries are kept.") { sources };
        command.SetAction(parse =>
        {
            var data = DataDirectory.Locate(global.Read(parse).DataDirectory);
            var file = parse.GetValue(sources) ?? data.SourcesFile;
            var existing = File.Exists(file) ? SourceRegistry.Load(file) : new SourceRegistry { Sources = [] };
            var generated = PolisenLoftePages.Generate(ReferenceData.Load(data)).ToList();
            var registry = existing.WithGenerated(generated, PolisenLoftePages.Basis) with { About = existing.About ?? About };
            registry.Save(file);
            var kept = registry.Sources.Count(s => s.Basis != PolisenLoftePages.Basis);
            Console.WriteLine($"{file}: {registry.Sources.Count - kept} polisen.se löfte pages by the slug rule, {kept} hand-made entries kept");
            return 0;
        });
        return command;
    }
}
