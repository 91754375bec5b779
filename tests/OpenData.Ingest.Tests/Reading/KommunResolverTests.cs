using OpenData.Ingest.Reading;

using OpenData.Ingest.Tests.Fixtures;

namespace OpenData.Ingest.Tests.Reading;

public class KommunResolverTests
{
    private static readonly KommunResolver Resolver = new(TestReading.Places);
    private static readonly LokalpolisomradeFinder Areas = new(TestReading.Places);

    private static IReadOnlyList<string> Resolve(string title, string body = "", string? url = null) =>
        Resolver.Resolve(title, body, Areas.Find(title + "\n" + body), url);

    [Theory]
    [InlineData("Förnyat medborgarlöfte i Svalövs kommun", "1214")]
    [InlineData("Polisen och Västerås stad förnyar löften", "1980")]
    [InlineData("Medborgarlöfte 2020 för Region Gotland", "0980")]
    [InlineData("Malung-Sälen – medborgarlöften", "2023")]
    [InlineData("Mark – medborgarlöften", "1463")]
    [InlineData("Kungsholmen – medborgarlöften 2020", "0180")]
    [InlineData("Medborgarlöfte för Rosengård", "1280")]
    [InlineData("Trygghet i Biskopsgården", "1480")]
    public void Reads_kommun_names_in_every_form(string title, string code) =>
        Assert.Equal([code], Resolve(title));

    [Fact]
    public void Kommuner_listed_with_the_title_s_as_one_lofte_s_parties_are_covered_too()
    {
        Assert.Equal(["1415", "1419", "1421"], Resolve("Stenungsund – medborgarlöften", "Löftet gäller för Stenungsunds, Orusts och Tjörns kommuner."));
        Assert.Equal(["1415"], Resolve("Stenungsund – medborgarlöften", "Polisen i Stenungsund samarbetar med Orust och Tjörn."));
    }

    [Fact]
    public void The_title_outranks_a_stray_mention_in_the_body() =>
        Assert.Equal(["1983"], Resolve("Köping – medborgarlöften", "Löftet liknar det som Arboga kommun tecknat. Arboga kommun och Arboga kommun."));

    [Fact]
    public void A_lokalpolisomrade_means_the_kommuner_the_text_ties_to_it_or_else_all_of_its_own()
    {
        Assert.Equal(["1960", "1983", "1984"], Resolve("Nya löften i Västra Mälardalen", "Medborgarlöfte Arboga kommun\nMedborgarlöfte Kungsörs kommun\nMedborgarlöfte Köpings kommun"));
        Assert.Equal(["1415", "1419", "1421"], Resolve("Nytt löfte", "Lokalpolisområde Södra Fyrbodal har tecknat ett löfte."));
    }

    [Fact]
    public void A_kommun_named_only_as_a_lokalpolisomrade_s_name_is_no_party()
    {
        Assert.Equal(["0380"], Resolve("Förnyat löfte om ett tryggare resecentrum",
            "Jan Håkansson, lokalpolisområdeschef Uppsala/Knivsta och kommunstyrelsens ordförande i Uppsala kommun signerade löftet. Uppsala kommun och lokalpolisområde Uppsala/Knivsta har en överenskommelse."));
        Assert.Equal(["0764"], Resolve("Medborgarlöfte för ökad trygghet",
            "Medborgarlöftet är en utveckling av Alvesta kommun och Växjö lokalpolisområdes samverkansöverenskommelse. Alvesta kommun har frågat invånarna. – Vi har lyssnat, säger Ola Sten, kommunpolis, Växjö lokalpolisområde."));
    }

    [Fact]
    public void A_lan_in_the_title_means_all_its_kommuner() =>
        Assert.Equal(8, Resolve("Nu är alla medborgarlöften för Jämtlands län undertecknade").Count);

    [Fact]
    public void Names_most_mentioned_in_the_body_count_and_a_misspelling_is_read()
    {
        Assert.Equal(["0764"], Resolve("Medborgarlöften", "Alvesta kommun lovar att ... Alvesta kommun ska ... i Alvesta. Växjö nämns en gång."));
        Assert.Equal(["1083"], Resolve("Medborgarlöfte", "Lägesbilden som Sölvesborsgs kommun och Polismyndigheten upprättat."));
    }

    [Fact]
    public void Where_the_text_names_no_kommun_the_address_does()
    {
        Assert.Equal(["1983"], Resolve("Medborgarlöften", "Polisen lovar att synas.", "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/vastmanlands-lan/koping/"));
        Assert.Equal(["2023"], Resolve("Medborgarlöften", "Polisen lovar att synas.", "https://polisen.se/om-polisen/medborgarloften/malung-salen/"));
        Assert.Equal(["1214"], Resolve("Nyheter", "Polisen lovar att synas.", "https://www.svalov.se/nyheter/fornyat-medborgarlofte"));
        Assert.Equal(["0180"], Resolve("Medborgarlöften", "Polisen lovar.", "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/stockholms-lan/stockholm-sodermalm/"));
    }

    [Fact]
    public void A_stadsdel_in_the_title_is_the_lofte_s_area() =>
        Assert.Equal("Kungsholmen", Resolver.AreaOf("Stockholm, Kungsholmen – medborgarlöften"));
}
