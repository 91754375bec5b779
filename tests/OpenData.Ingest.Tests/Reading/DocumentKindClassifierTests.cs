using OpenData.Core.Model;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class DocumentKindClassifierTests
{
    /// <summary>The kind as the contract writes it.</summary>
    private static string Kind(string title, IReadOnlyList<string> lines, string? url) =>
        DocumentKindClassifier.Classify(title, lines.Select(l => new TextBlock(BlockKind.Paragraph, l)).ToList(), url).Word();

    /// <summary>The kind of a text dump, its first line the title.</summary>
    private static string KindOf(string text)
    {
        var blocks = PlainTextReader.ReadLines(text);
        return DocumentKindClassifier.Classify(blocks[0].Text, blocks.Skip(1).ToList(), null).Word();
    }

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

    [Theory]
    [InlineData("I måndags signerade kommunstyrelsens ordförande och lokalpolisområdeschefen medborgarlöftena.")]
    [InlineData("Nytt medborgarlöfte har undertecknats som en del av samverkansöverenskommelsen.")]
    [InlineData("Kommunen och lokalpolisområdet har skrivit på årets medborgarlöften.")]
    [InlineData("Fredag 10 februari förnyade staden och polisen sitt medborgarlöfte till stadens medborgare.")]
    public void A_lofte_titled_page_that_tells_its_signing_as_news_of_the_day_is_news(string opening) =>
        Assert.Equal("nyhet", Kind("Medborgarlöfte 2021-2022", [opening, "Polisen ska öka närvaron i centrum."], null));

    [Fact]
    public void A_quote_signed_with_a_slash_is_a_quote() =>
        Assert.Equal("nyhet", Kind("Medborgarlöfte 2022", ["Jag tycker det är ett väl utarbetat medborgarlöfte.", "/Mats Tingshagen, kommunstyrelsens ordförande (S) i Mullsjö."], null));

    [Fact]
    public void A_press_release_says_so_in_its_title() =>
        Assert.Equal("nyhet", Kind("Pressmeddelande: Flera kommuner tecknade nya medborgarlöften", ["Polisen ska synas."], null));

    [Fact]
    public void A_page_whose_lists_tell_what_has_been_done_is_a_report()
    {
        Assert.Equal("uppfoljning", KindOf("""
            Medborgarlöfte för resecentrum

            Fysiska förändringar:
             • Belysningen i passagen har bytts ut och förbättrats.
             • Taket har målats om för att göra det ljusare.
             • Veckovis rondering har införts.
             • Vi har utökat städningen.
             • Fler väktare anställdes under hösten.
            """));
        Assert.Equal("lofte", KindOf("""
            Medborgarlöfte för resecentrum

            Polisen och kommunen lovar att:
             • byta ut belysningen i passagen.
             • måla om taket.
             • införa veckovis rondering, som har saknats.
             • utöka städningen.
            """));
        Assert.Equal("uppfoljning", Kind("Avslutade medborgarlöften", ["Medborgarlöftet gällde 2020-2023."], null));
    }
}
