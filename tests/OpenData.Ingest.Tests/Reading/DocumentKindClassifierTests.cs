using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class DocumentKindClassifierTests
{
    /// <summary>The kind as the contract writes it.</summary>
    private static string Kind(string title, IReadOnlyList<string> lines, string? url) => DocumentKindClassifier.Classify(title, lines, url).Word();

    [Theory]
    [InlineData("Gävle – medborgarlöften", "lofte")]
    [InlineData("Medborgarlöfte 2022", "lofte")]
    [InlineData("Medborgarlöften i Kalmar kommun", "lofte")]
    [InlineData("Nytt medborgarlöfte i Malå kommun", "nyhet")]
    [InlineData("Medborgarlöfte 2020 är signerat", "nyhet")]
    [InlineData("De nya medborgarlöftena är klara", "nyhet")]
    [InlineData("Polisen och Västerås stad förnyar löften till medborgarna", "nyhet")]
    [InlineData("Uppföljning av medborgarlöften i Luleå, maj-juli 2018", "uppfoljning")]
    public void Tells_the_kind_by_the_title(string title, string kind) =>
        Assert.Equal(kind, Kind(title, ["Polisen lovar att synas."], null));

    [Fact]
    public void A_lofte_page_that_opens_with_its_signing_is_still_the_lofte() =>
        Assert.Equal("lofte", Kind("Medborgarlöfte 2022", ["Publicerad: 2022-03-23", "Kommunchefen undertecknade i mars ett löfte."], null));

    [Fact]
    public void Quotes_a_press_release_and_a_news_address_make_news()
    {
        Assert.Equal("nyhet", Kind("Trygghet i centrum", ["– Vi ska synas mer, säger Anna Ek, kommunpolis."], null));
        Assert.Equal("nyhet", Kind("Sundsvall först", ["Pressmeddelande från Polisen"], null));
        Assert.Equal("nyhet", Kind("Medborgarlöfte för Kil", [], "https://polisen.se/aktuellt/nyheter/2021/mars/medborgarlofte-for-kil/"));
        Assert.Equal("uppfoljning", Kind("Medborgarlöfte Skövde", [], "https://polisen.se/om-polisen/medborgarloften/skovde/uppfoljning-2020-medborgarlofte-skovde/"));
    }
}
