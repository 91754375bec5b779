using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class PeriodParserTests
{
    private static IReadOnlyList<int> Years(string title, params string[] lines) => PeriodParser.Parse(title, lines, [], new List<string>());

    [Theory]
    [InlineData("Medborgarlöfte 2022-2023", 2022, 2023)]
    [InlineData("Medborgarlöfte 2023–2024", 2023, 2024)]
    [InlineData("Medborgarlöften 2023−2026", 2023, 2026)]
    [InlineData("Medborgarlöfte 2019 - 2022", 2019, 2022)]
    [InlineData("Medborgarlöfte 2019-22", 2019, 2022)]
    [InlineData("Uppföljning av medborgarlöften i Luleå, maj-juli 2018", 2018, 2018)]
    [InlineData("Medborgarlöfte hösten 2015", 2015, 2015)]
    public void Reads_the_period_in_a_title(string title, int first, int last) =>
        Assert.Equal(Enumerable.Range(first, last - first + 1), Years(title));

    [Theory]
    [InlineData("Medborgarlöftet gäller från 1 januari 2020- 31 december 2022, med möjlighet att revidera.", 2020, 2022)]
    [InlineData("Medborgarlöftet gäller under perioden 2022-01-01 - 2023-12-31.", 2022, 2023)]
    [InlineData("Löftet gäller från 2018 till och med 2020.", 2018, 2020)]
    [InlineData("Medborgarlöften löper fram till 1 augusti 2022.", 2022, 2022)]
    [InlineData("Gäller från våren 2017.", 2017, 2017)]
    [InlineData("Löftet gäller från 2019 och tills vidare.", 2019, 2019)]
    [InlineData("Medborgarlöftet gäller under hela 2019.", 2019, 2019)]
    [InlineData("Löftet för 2021 förlängs och gäller även under 2022.", 2021, 2022)]
    [InlineData("Analysen har utmynnat i tre medborgarlöften för 2017", 2017, 2017)]
    [InlineData("Under 2019–2022 lovar Alvesta kommun och polisen att arbeta mot ordningsstörningar.", 2019, 2022)]
    public void Reads_every_form_of_a_stated_period(string line, int first, int last) =>
        Assert.Equal(Enumerable.Range(first, last - first + 1), Years("Alvesta – medborgarlöften", line));

    [Fact]
    public void A_stated_period_outranks_the_title_and_dates_in_passing_are_no_period()
    {
        Assert.Equal([2023, 2024], Years("Medborgarlöfte 2023", "Löftet gäller 2023–2024."));
        Assert.Empty(Years("Sundsvall först ut", "Publicerad 2016-02-26", "Den 1 januari 2015 ombildades polisen.", "Dialoger hölls under hösten 2018."));
        Assert.Empty(Years("Medborgarlöften", "Löftena gäller från och med nu och tillsvidare."));
    }

    [Fact]
    public void An_invalid_date_is_reported_and_not_moved()
    {
        var warnings = new List<string>();
        var years = PeriodParser.Parse("Medborgarlöfte", ["Löftet gäller från 1 januari 2023 till 31 juni 2023."], [], warnings);
        Assert.Equal([2023], years);
        Assert.Equal(["'31 juni 2023' is not a date"], warnings);
    }

    [Fact]
    public void Where_nothing_else_says_the_years_the_promises_name_are_the_period() =>
        Assert.Equal([2019], PeriodParser.Parse("De nya löftena är klara", ["Löftena gäller tillsvidare."], ["Polisen lovar att delta i dialoger under 2019."], new List<string>()));

    [Fact]
    public void An_end_stated_alone_is_the_end_of_the_title_s_period() =>
        Assert.Equal([2022, 2023], Years("Samverkan gör orten tryggare - Medborgarlöfte 2022-2023", "I måndags signerade de medborgarlöftena som ska gälla fram till och med 2023."));

    [Fact]
    public void A_sentence_that_gives_the_periods_of_several_lofte_does_not_decide() =>
        Assert.Equal([2023, 2024, 2025], Years("Flera kommuner tecknade nya medborgarlöften",
            "Kommunalrådet undertecknar kommunens medborgarlöften för 2023–2025.",
            "Löftena gäller för Umeå kommun åren 2023-2024 och för övriga kommuner 2023-2025."));

    [Fact]
    public void Years_in_an_undertaking_a_season_in_a_promise_and_the_year_of_the_decision_count()
    {
        Assert.Equal([2021], Years("Medborgarlöfte", "Detta är ett åtagande gentemot invånarna och utgörs av ett antal konkreta aktiviteter under 2021."));
        Assert.Equal([2015], PeriodParser.Parse("Medborgarlöfte", [], ["Kommunen bjuder in föräldrar att nattvandra vid minst två tillfällen under hösten 2015."], new List<string>()));
        Assert.Equal([2017], Years("Medborgarlöften", "Dialoger hölls under hösten 2016.", "I februari 2017 beslutade kommunfullmäktige om hur medborgarlöftena ska se ut."));
    }

    [Fact]
    public void The_year_the_next_lofte_is_due_is_not_this_one_s() =>
        Assert.Equal([2016], Years("Gagnef – medborgarlöften", "Medborgarlöftet gäller under hela 2016.", "Nytt medborgarlöfte kommer att tecknas under hösten 2018."));
}
