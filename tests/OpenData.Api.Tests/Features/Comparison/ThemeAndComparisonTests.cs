using System.Text.Json;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Features.Comparison;

/// <remarks>Runs on both providers: <see cref="ThemeAndComparisonTestsOnSqlite"/> and <see cref="ThemeAndComparisonTestsOnPostgres"/>.</remarks>
public abstract class ThemeAndComparisonTests<TServer>(TServer api) where TServer : RichDataServer
{
    [Fact]
    public async Task Themes_count_their_promises_by_year_and_by_lan()
    {
        var themes = (await api.QueryAsync("""
            { themes { code sv en about all: promiseCount y2025: promiseCount(year: 2025) y2023: promiseCount(year: 2023) vastmanland: promiseCount(lan: "19") y2025skane: promiseCount(year: 2025, lan: "12") } }
            """)).GetProperty("themes").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!);

        Assert.Equal(13, themes.Count);
        Assert.Equal("Narkotika", themes["narkotika"].GetProperty("sv").GetString());
        Assert.Equal("Narcotics", themes["narkotika"].GetProperty("en").GetString());
        var narkotika = themes["narkotika"];
        // Sala 2023 (1), Sala 2024-2025 (1), Malmö 2025 (1), and Åsele's drogtecken from the recorded archive.
        Assert.Equal(4, narkotika.GetProperty("all").GetInt32());
        Assert.Equal(2, narkotika.GetProperty("y2025").GetInt32());
        Assert.Equal(1, narkotika.GetProperty("y2023").GetInt32());
        // Västmanland: Sala's two (none of Västerås's recorded promises is about narcotics).
        Assert.Equal(2, narkotika.GetProperty("vastmanland").GetInt32());
        Assert.Equal(1, narkotika.GetProperty("y2025skane").GetInt32());
        // 20 paging löften of six traffic promises each, in 2022, plus Uppsala's 2025 and Åsele's two from the archive
        // (the trafikinsatser, and the utbildningar rörande trafik).
        Assert.Equal(RichData.PagingKommuner.Length * RichData.PromisesPerPagingLofte + 3, themes["trafik"].GetProperty("all").GetInt32());
        Assert.Equal(0, themes["bedrageri"].GetProperty("all").GetInt32());
    }

    [Fact]
    public async Task Compare_puts_two_kommuner_side_by_side_theme_by_theme()
    {
        var comparison = (await api.QueryAsync("""
            { compare(kommuner: ["1981", "0380"]) {
                kommuner { code name } years themes { code }
                cells { kommun { code } theme { code } promiseCount promises { text } } } }
            """)).GetProperty("compare");

        Assert.Equal(["1981", "0380"], comparison.GetProperty("kommuner").EnumerateArray().Select(k => k.GetProperty("code").GetString()));
        Assert.Equal(0, comparison.GetProperty("years").GetArrayLength());
        var cells = comparison.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(2 * 13, cells.Count);
        // In force now: Sala's 2024-2025 löfte, not the superseded 2023 one.
        var salaNarkotika = Cell(cells, "1981", "narkotika");
        Assert.Equal(1, salaNarkotika.GetProperty("promiseCount").GetInt32());
        Assert.Contains("narkotikan i skolorna", salaNarkotika.GetProperty("promises")[0].GetProperty("text").GetString());
        Assert.Equal(0, Cell(cells, "0380", "narkotika").GetProperty("promiseCount").GetInt32());
        Assert.Equal(1, Cell(cells, "0380", "alkohol_tobak").GetProperty("promiseCount").GetInt32());
    }

    [Fact]
    public async Task Compare_by_years_takes_the_loften_covering_them()
    {
        var cells = (await api.QueryAsync("""
            { compare(kommuner: ["1981"], years: [2023]) { years cells { theme { code } promiseCount promises { text } } } }
            """)).GetProperty("compare");
        Assert.Equal([2023], cells.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        var narkotika = cells.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("theme").GetProperty("code").GetString() == "narkotika");
        Assert.Contains("Sala centrum", narkotika.GetProperty("promises")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Compare_refuses_an_unknown_kommun_and_too_many_with_clear_errors()
    {
        var (_, unknown) = await api.PostAsync("""{ compare(kommuner: ["1981", "9999"]) { years } }""");
        Assert.Contains("\"9999\"", unknown.GetProperty("errors")[0].GetProperty("message").GetString());

        var many = Enumerable.Range(0, 51).Select(i => (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (_, tooMany) = await api.PostAsync("query($k: [String!]!) { compare(kommuner: $k) { years } }", new { k = many });
        Assert.Contains("at most 50 kommuner", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Coverage_splits_the_kommuner_of_a_year_by_whether_a_lofte_covered_it()
    {
        var coverage = (await api.QueryAsync("""
            { y2025: coverage(year: 2025) { year kommunerWithLofte kommunerTotal kommunerWith { code } kommunerWithout { code } }
              now: coverage { year } }
            """));
        var y2025 = coverage.GetProperty("y2025");
        Assert.Equal(2025, y2025.GetProperty("year").GetInt32());
        var with = y2025.GetProperty("kommunerWith").EnumerateArray().Select(k => k.GetProperty("code").GetString()).ToList();
        Assert.Equal(["0380", "0381", "1280", "1480", "1981"], with);
        Assert.Equal(5, y2025.GetProperty("kommunerWithLofte").GetInt32());
        Assert.Equal(290, y2025.GetProperty("kommunerTotal").GetInt32());
        Assert.Equal(285, y2025.GetProperty("kommunerWithout").GetArrayLength());
        Assert.DoesNotContain("1981", y2025.GetProperty("kommunerWithout").EnumerateArray().Select(k => k.GetProperty("code").GetString()));
        Assert.Equal(api.Today.Year, coverage.GetProperty("now").GetProperty("year").GetInt32());
    }

    private static JsonElement Cell(List<JsonElement> cells, string kommun, string theme) => cells.Single(c =>
        c.GetProperty("kommun").GetProperty("code").GetString() == kommun && c.GetProperty("theme").GetProperty("code").GetString() == theme);
}

public sealed class ThemeAndComparisonTestsOnSqlite(RichDataServer api) : ThemeAndComparisonTests<RichDataServer>(api), IClassFixture<RichDataServer>;

public sealed class ThemeAndComparisonTestsOnPostgres(PostgresRichDataServer api) : ThemeAndComparisonTests<PostgresRichDataServer>(api), IClassFixture<PostgresRichDataServer>;
