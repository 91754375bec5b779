using Microsoft.Extensions.DependencyInjection;
using OpenData.Testing.Web;

using OpenData.Harvester.Tests.Fixtures;

using OpenData.Core.Coverage;
using OpenData.Harvester.Reporting;

namespace OpenData.Harvester.Tests.Reporting;

public class CoverageReportTests
{
    [Fact]
    public async Task The_report_names_kommuner_with_and_without_a_lofte_in_force_and_the_failing_sources()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve("/habo/", Respond.Html(LoftePages.Polisen("Håbo", "2025–2026")));
        h.Site.Serve("/alvesta/", Respond.Html(LoftePages.Polisen("Alvesta", "2023–2024")));
        h.Site.Serve("/borta/", Respond.Status(410));
        await h.HarvestAsync(LiveHarvestHarness.Registry(
            h.Source("polisen/habo", "/habo/", "0305"), h.Source("polisen/alvesta", "/alvesta/", "0764"), h.Source("polisen/borta", "/borta/", "1214")));

        using var host = h.BuildHost();
        var coverage = await host.Services.GetRequiredService<CoverageReport>().BuildAsync(null, CancellationToken.None);
        var text = CoverageReport.Format(coverage);

        Assert.Equal(2026, coverage.Year);
        Assert.Equal(["0305"], coverage.With.Select(k => k.Code));
        Assert.Equal(289, coverage.Without.Count);
        Assert.Contains(coverage.Without, k => k.Code == "0764");
        var failing = Assert.Single(coverage.Failing);
        Assert.Equal("polisen/borta", failing.Key);
        Assert.StartsWith("Coverage 2026: 1 of 290 kommuner have a löfte in force", text);
        Assert.Contains("  Uppsala län: Håbo", text);
        Assert.Contains("polisen/borta  gone  HTTP 410", text);
        Assert.Contains("Last live harvest: started 2026-03-02 08:00Z, finished", text);

        // Per kommun: Håbo's löfte is in force, Alvesta's ended, Svalöv's only address is gone, Åsele was never asked.
        var states = coverage.Kommuner.ToDictionary(k => k.Kommun.Code, k => k.Coverage.State);
        Assert.Equal(CoverageState.InForce, states["0305"]);
        Assert.Equal(CoverageState.Ended, states["0764"]);
        Assert.Equal(CoverageState.NoneFound, states["1214"]);
        Assert.Equal(CoverageState.NotTried, states["2463"]);
        Assert.Contains("States 2026: 1 löfte in force, 1 ended, 0 löfte of unknown period, 1 none found after trying, 287 not tried yet, 0 source failing", text);
        Assert.Contains("  1214 Svalöv: none found after trying; last asked 2026-03-02", text);
        Assert.Matches(@"      registered: http://127\.0\.0\.1:\d+/borta/  HTTP 410 at 2026-03-02 08:00Z", text);
        Assert.Contains("  2463 Åsele: not tried yet", text);
    }
}
