using System.Text;
using OpenData.Harvester.Sources;
using OpenData.Ingest.Formats;

namespace OpenData.Harvester.Tests.Sources;

public class LofteLinksTests
{
    private static readonly Uri Page = new("https://www.svalov.se/nyheter/fornyat-medborgarlofte");

    /// <summary>A page's links as the harvester has them: from the one parse that also reads the page.</summary>
    private static IReadOnlyList<PageLink> LinksOf(byte[] html) => new HtmlReader().Read(html, null).Links;

    [Fact]
    public void Only_documents_about_loften_are_followed()
    {
        var html = """
            <a href="/download/18.5/Medborgarl%C3%B6fte%202022-2023.pdf">Medborgarlöfte 2022-2023 Pdf, 164.3 kB</a>
            <a href="/download/18.6/dokument">Medborgarlöfte 2020 (pdf)</a>
            <a href="/download/18.7/budget.pdf">Budget 2023 Pdf</a>
            <a href="/trygghet/medborgarlofte">Läs mer om medborgarlöftet</a>
            <a href="mailto:kommun@svalov.se">Medborgarlöfte pdf</a>
            <a href="/download/18.5/Medborgarl%C3%B6fte%202022-2023.pdf#page=2">Samma dokument</a>
            """;

        var links = LofteLinks.Find(LinksOf(Encoding.UTF8.GetBytes(html)), Page);

        Assert.Equal(
            ["https://www.svalov.se/download/18.5/Medborgarl%C3%B6fte%202022-2023.pdf", "https://www.svalov.se/download/18.6/dokument"],
            links.Select(l => l.AbsoluteUri));
    }

    [Fact]
    public void A_link_text_in_Windows_1252_is_still_recognised()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Encoding.GetEncoding(1252).GetBytes("<a href=\"/a/b.pdf\">Medborgarlöfte för Åsele</a>");

        Assert.Single(LofteLinks.Find(LinksOf(html), Page));
    }
}
