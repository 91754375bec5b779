using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Model;
using OpenData.Harvester.Reporting;
using OpenData.Harvester.Tests.Fixtures;
using OpenData.Testing.Web;

namespace OpenData.Harvester.Tests.Reporting;

public class UncertainReadingsReportTests
{
    [Fact]
    public async Task The_report_lists_the_readings_the_reader_was_unsure_of_the_least_sure_first_with_reasons_in_swedish()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        h.Site.Serve("/habo/", Respond.Html(LoftePages.Polisen("Håbo", "2025–2026")));
        h.Site.Serve("/alvesta/", Respond.Html(
            "<html><body><h1>Medborgarlöfte för Alvesta kommun</h1><p>Vi vill minska brottsligheten och öka tryggheten i Alvesta.</p></body></html>"));
        h.Site.Serve("/knivsta/", Respond.Html(
            "<html><body><h1>Medborgarlöfte för Knivsta kommun</h1><p>Polisen och Knivsta kommun lovar att:</p><ul><li>Genomföra trafikkontroller vid skolorna.</li></ul></body></html>"));
        await h.HarvestAsync(LiveHarvestHarness.Registry(
            h.Source("polisen/habo", "/habo/", "0305"), h.Source("polisen/alvesta", "/alvesta/", "0764"), h.Source("polisen/knivsta", "/knivsta/", "0330")));

        using var host = h.BuildHost();
        var lines = await host.Services.GetRequiredService<UncertainReadingsReport>().BuildAsync(CancellationToken.None);
        var text = UncertainReadingsReport.Format(lines);

        Assert.Equal(["polisen/alvesta", "polisen/knivsta"], lines.Select(l => l.SourceKey));
        Assert.True(lines[0].Confidence < lines[1].Confidence);
        Assert.Equal([UncertaintyReason.GoalsOnly, UncertaintyReason.YearsNotStated], lines[0].Reasons);
        Assert.StartsWith("Osäkra läsningar (2), den osäkraste först:", text);
        Assert.Contains("– Texten anger mål och syften men inga åtaganden.", text);
        Assert.Contains("– Bara ett eller två åtaganden hittades.", text);
        Assert.DoesNotContain("polisen/habo", text);
    }
}
