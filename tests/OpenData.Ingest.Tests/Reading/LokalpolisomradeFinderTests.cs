using OpenData.Ingest.Reading;

using OpenData.Ingest.Tests.Fixtures;

namespace OpenData.Ingest.Tests.Reading;

public class LokalpolisomradeFinderTests
{
    private static IReadOnlyList<string> Find(string text) => new LokalpolisomradeFinder(TestReading.Places).Find(text);

    [Theory]
    [InlineData("Nu har lokalpolisområde Västra Mälardalen undertecknat löften.", "Västra Mälardalen")]
    [InlineData("Lokalpolisområde södra Vätterbygden och Jönköpings kommun har tecknat löftet.", "södra Vätterbygden")]
    [InlineData("Utifrån lägesbilden lovar Växjö lokalpolisområde och Växjö kommun att arbeta.", "Växjö")]
    [InlineData("Det är LPO Karlstad som lovar att genomföra åtgärderna.", "Karlstad")]
    [InlineData("Eva Hed, chef för lokalpolisområde Jämtland/Härjedalen.", "Jämtland/Härjedalen")]
    [InlineData("Åtaganden för lokalpolisen Södra Ångermanland och kommunen.", "Södra Ångermanland")]
    [InlineData("Lokalpolisområde Piteå älvdal och Piteå kommun lovar att öka närvaron.", "Piteå älvdal")]
    [InlineData("Kontakt: Lokalpolisområdeschef Medelpad", "Medelpad")]
    [InlineData("säger Lars Jansson, tillförordnad lokalpolisområdeschef i Västerås.", "Västerås")]
    public void Finds_the_area_as_written(string text, string area) =>
        Assert.Equal([area], Find(text));

    [Fact]
    public void People_polisomraden_and_the_next_line_are_not_areas()
    {
        Assert.Empty(Find("Löftet har undertecknats av lokalpolisområdeschef Lars Vestermark, kommunpolis Ewa Ek."));
        Assert.Empty(Find("Onsdagen genomförde polisområde Jämtland en pressträff. Följ Polisområde Jämtland på Facebook."));
        Assert.Equal(["Växjö"], Find("Ola Sten, kommunpolis, lokalpolisområde Växjö\nPer Gustavsson, säkerhetsskyddschef"));
    }

    [Fact]
    public void A_genitive_names_the_area_itself()
    {
        Assert.Equal(["Borlänge"], Find("Borlänge kommun och lokalpolisområde Borlänge har kommit överens. Lokalpolisområde Borlänges arbete strävar efter dialog."));
        Assert.Equal(["Norrmalm"], Find("Genom lokalpolisområde Norrmalms konton på sociala medier."));
    }
}
