using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Features.Loften;
using OpenData.Api.Tests.Fixtures;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Tests.Features.Loften;

/// <summary>
/// The archive's löften and one of every kind of the tests' own, read on 1 June 2025: a löfte whose years passed has
/// ended, one replaced while its year runs is still in force, one for next year has not begun.
/// </summary>
public class StatusServer : ApiServer
{
    public override DateTimeOffset Today => new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    protected override async Task SeedAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
        (string, string[], Actor[])[] promise = [("Polisen lovar att synas i centrum varje helg.", ["narvaro"], [Actor.Polis])];
        await RichData.WriteAsync(db, new RichData.TestLofte(["0114"], [2025], LofteStatus.Superseded, promise));
        await RichData.WriteAsync(db, new RichData.TestLofte(["0114"], [2026, 2027], LofteStatus.Current, promise));
        await RichData.WriteAsync(db, new RichData.TestLofte(["0115"], [2023, 2024], LofteStatus.Current, promise));
        await RichData.WriteAsync(db, new RichData.TestLofte(["0117"], [2022], LofteStatus.Superseded, promise));
        await RichData.WriteAsync(db, new RichData.TestLofte(["0117"], [2024, 2025], LofteStatus.Current, promise));
    }
}

/// <summary>The archive alone, read in 2017: the year Åsele's and Jämtland's löften ran.</summary>
public class ArchiveIn2017Server : ApiServer
{
    public override DateTimeOffset Today => new(2017, 9, 1, 12, 0, 0, TimeSpan.Zero);
}

public class LofteStatusTests(StatusServer api) : IClassFixture<StatusServer>
{
    [Theory]
    [InlineData(LofteStatus.Current, new[] { 2024, 2025 }, LofteStatusToday.Current)]
    [InlineData(LofteStatus.Current, new[] { 2017 }, LofteStatusToday.Ended)]
    [InlineData(LofteStatus.Current, new[] { 2026 }, LofteStatusToday.Upcoming)]
    [InlineData(LofteStatus.Current, new int[0], LofteStatusToday.Undated)]
    [InlineData(LofteStatus.Superseded, new[] { 2023 }, LofteStatusToday.Superseded)]
    [InlineData(LofteStatus.Superseded, new[] { 2025 }, LofteStatusToday.Current)]
    [InlineData(LofteStatus.Withdrawn, new[] { 2025 }, LofteStatusToday.Withdrawn)]
    public void A_status_says_what_the_lofte_is_in_2025(LofteStatus stored, int[] years, LofteStatusToday expected) =>
        Assert.Equal(expected, LofteStatusRule.Of(stored, years, 2025));

    [Fact]
    public async Task Each_lofte_has_the_status_its_years_give_it_today()
    {
        var status = await StatusesAsync();
        Assert.Equal("CURRENT", status["0114/2025"]);      // replaced by 2026-2027, but 2025 is still its year
        Assert.Equal("UPCOMING", status["0114/2026-2027"]);
        Assert.Equal("ENDED", status["0115/2023-2024"]);   // nothing replaced it, and its years are over
        Assert.Equal("SUPERSEDED", status["0117/2022"]);
        Assert.Equal("CURRENT", status["0117/2024-2025"]);
        Assert.Equal("ENDED", status["2463/2017"]);        // Åsele
        Assert.Equal("UNDATED", status["1980/?"]);          // Västerås: no source says when
    }

    [Fact]
    public async Task Filtering_by_a_status_finds_exactly_the_loften_that_have_it()
    {
        var status = await StatusesAsync();
        foreach (var value in status.Values.Distinct())
        {
            var keys = (await api.QueryAsync($$"""{ loften(first: 100, where: { status: {{value}} }) { nodes { key } } }"""))
                .GetProperty("loften").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).Order().ToList();
            Assert.Equal(status.Where(s => s.Value == value).Select(s => s.Key).Order().ToList(), keys);
        }
    }

    [Fact]
    public async Task Compare_by_default_and_coverage_of_this_year_count_the_same_loften_those_in_force()
    {
        var data = await api.QueryAsync("""
            { compare(kommuner: ["0114", "0115", "0117", "2463", "1980"]) { cells { kommun { code } promiseCount } }
              coverage { year kommunerWith { code } }
              kommun(code: "0114") { loften(current: true) { key status } } }
            """);
        var comparing = data.GetProperty("compare").GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("promiseCount").GetInt32() > 0).Select(c => c.GetProperty("kommun").GetProperty("code").GetString()).Distinct().Order().ToList();
        Assert.Equal(["0114", "0117"], comparing);
        Assert.Equal(2025, data.GetProperty("coverage").GetProperty("year").GetInt32());
        var covered = data.GetProperty("coverage").GetProperty("kommunerWith").EnumerateArray().Select(k => k.GetProperty("code").GetString()).ToList();
        Assert.Equal(["0114", "0117"], covered);
        var inForce = Assert.Single(data.GetProperty("kommun").GetProperty("loften").EnumerateArray());
        Assert.Equal(("0114/2025", "CURRENT"), (inForce.GetProperty("key").GetString(), inForce.GetProperty("status").GetString()));
    }

    private async Task<Dictionary<string, string>> StatusesAsync() =>
        (await api.QueryAsync("{ loften(first: 100) { nodes { key status } } }")).GetProperty("loften").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("key").GetString()!, n => n.GetProperty("status").GetString()!);
}

public class LofteStatusIn2017Tests(ArchiveIn2017Server api) : IClassFixture<ArchiveIn2017Server>
{
    [Fact]
    public async Task Aseles_2017_lofte_is_in_force_in_2017_and_compare_counts_it()
    {
        var data = await api.QueryAsync("""
            { kommun(code: "2463") { loften { status } }
              compare(kommuner: ["2463"]) { cells { theme { code } promiseCount } }
              coverage { year kommunerWith { code } } }
            """);
        Assert.Equal("CURRENT", data.GetProperty("kommun").GetProperty("loften")[0].GetProperty("status").GetString());
        Assert.True(Cell(data, "trafik") >= 1);
        Assert.Contains("2463", data.GetProperty("coverage").GetProperty("kommunerWith").EnumerateArray().Select(k => k.GetProperty("code").GetString()));
    }

    private static int Cell(JsonElement data, string theme) => data.GetProperty("compare").GetProperty("cells").EnumerateArray()
        .Single(c => c.GetProperty("theme").GetProperty("code").GetString() == theme).GetProperty("promiseCount").GetInt32();
}
