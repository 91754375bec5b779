using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Tests.Reading;

public class SiteChromeTests
{
    [Theory]
    [InlineData("Sök på polisen.se")]
    [InlineData("Stäng Meny")]
    [InlineData("Javascript är inte påslaget i din webbläsare. Vi rekommenderar att javacsript är aktiverat.")]
    [InlineData("Till toppen")]
    [InlineData("Senast uppdaterad: 12 februari 2024")]
    [InlineData("Vi använder kakor (cookies) för att webbplatsen ska fungera bra för dig.")]
    [InlineData("Med anledning av tidigare problem med utskrifter kan försändelser från Polismyndigheten bli fördröjda.")]
    [InlineData("Just nu har vi driftstörning i telefonin och det kan vara svårt att nå oss på 114 14.")]
    [InlineData("Hjälpte informationen på den här sidan dig?")]
    public void Site_chrome_is_recognised(string line) => Assert.True(SiteChrome.IsChrome(line));

    [Theory]
    [InlineData("Polisen lovar att synas i centrum.")]
    [InlineData("Sök hjälp hos kommunens fältassistenter om du är orolig för ditt barn.")]
    [InlineData("Medborgarlöfte 2022-2023 Pdf, 164.3 kB")]
    public void Content_is_not_chrome(string line) => Assert.False(SiteChrome.IsChrome(line));

    [Fact]
    public void Link_notices_are_cut_out_of_the_text()
    {
        var blocks = SiteChrome.Remove([new TextBlock(BlockKind.Paragraph, "Medborgarlöfte 2022-2023 Pdf, 164.3 kB, öppnas i nytt fönster.")]);
        Assert.Equal("Medborgarlöfte 2022-2023 Pdf, 164.3 kB", Assert.Single(blocks).Text);
    }
}
