using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class PublishedDateParserTests
{
    private static string? Published(string? url, IReadOnlyList<int> years, params string[] lines) =>
        PublishedDateParser.Parse(lines, url, years, new List<string>()) is { } d ? SwedishDates.Format(d) : null;

    [Theory]
    [InlineData("Publicerad 2020-02-24 11:16", "2020-02-24")]
    [InlineData("Publicerad: 2022-03-23", "2022-03-23")]
    [InlineData("Artikeln publicerades 23 mars 2022", "2022-03-23")]
    [InlineData("Publicerad 5 sept. 2021, uppdaterad 6 sept. 2021", "2021-09-05")]
    [InlineData("23 mars 2022", "2022-03-23")]
    public void Reads_a_stated_publication_date(string line, string date) =>
        Assert.Equal(date, Published(null, [], "Nytt medborgarlöfte", line));

    [Fact]
    public void A_weekday_and_day_take_their_year_from_the_news_address_or_the_text()
    {
        const string url = "https://polisen.se/aktuellt/nyheter/2017/mars/nu-ar-alla-medborgarloften-undertecknade/";
        Assert.Equal("2017-03-01", Published(url, [], "Onsdagen den 1 mars genomförde polisen en pressträff."));
        Assert.Equal("2017-03-01", Published(null, [2017], "Onsdagen den 1 mars genomförde polisen en pressträff."));
        Assert.Equal("2016-12-14", Published(null, [2017], "Onsdagen den 14 december skrev parterna under."));
    }

    [Fact]
    public void An_address_alone_gives_a_month_not_a_date() =>
        Assert.Null(Published("https://polisen.se/aktuellt/nyheter/vasternorrland/2019/maj/nytt-lofte/", [], "Polisen och kommunen har tecknat ett löfte."));

    [Fact]
    public void A_date_that_does_not_exist_is_reported_and_not_used()
    {
        var warnings = new List<string>();
        Assert.Null(PublishedDateParser.Parse(["Publicerad 31 juni 2023"], null, [], warnings));
        Assert.Equal(["'31 juni 2023' is not a date"], warnings);
    }

    [Fact]
    public void A_bare_publicerad_without_a_date_is_no_date() =>
        Assert.Null(Published(null, [2019], "Publicerad", "Sidan publicerades"));

    [Fact]
    public void The_news_address_gives_year_and_month() =>
        Assert.Equal((2022, 3), PublishedDateParser.NewsAddress("https://polisen.se/aktuellt/nyheter/syd/2022/mars/fornyat-lofte-2/") is { } a ? (a.Year, a.Month) : default);
}
