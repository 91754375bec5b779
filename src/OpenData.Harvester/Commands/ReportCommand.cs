using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;

using OpenData.Harvester.Reporting;

namespace OpenData.Harvester.Commands;

/// <summary>`report [--year N]`: coverage (kommuner with a löfte in force, without one), failing sources, and the readings the reader was unsure of.</summary>
public static class ReportCommand
{
    public static Command Create(GlobalOptionSet global)
    {
        var year = new Option<int?>("--year") { Description = "The year to report on (default: this year)." };
        var command = new Command("report", "Which kommuner have a löfte in force, which have none, which sources fail.") { year };
        command.SetAction(async (parse, ct) =>
        {
            using var host = HarvesterHost.Build(global.Read(parse));
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            var coverage = await host.Services.GetRequiredService<CoverageReport>().BuildAsync(parse.GetValue(year), ct);
            Console.Write(CoverageReport.Format(coverage));
            Console.WriteLine();
            Console.Write(UncertainReadingsReport.Format(await host.Services.GetRequiredService<UncertainReadingsReport>().BuildAsync(ct)));
            return 0;
        });
        return command;
    }
}
