using System.Text;
using OpenData.Ingest.Formats;

using OpenData.Testing.Documents;

namespace OpenData.Ingest.Tests.Formats;

public class FormatSnifferTests
{
    [Fact]
    public void A_pdf_is_told_by_its_signature() =>
        Assert.Equal(DocumentFormat.Pdf, FormatSniffer.Detect(new TestPdf().Line("Polisen lovar.").Build()));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Polisen lovar</p></body></html>")]
    [InlineData("\n\n<html lang=\"sv\"><head><title>Löfte</title></head></html>")]
    [InlineData("<div class=\"text\"><p>Polisen lovar att:</p><ul><li>synas</li></ul></div>")]
    public void Html_is_told_by_its_markup(string page) =>
        Assert.Equal(DocumentFormat.Html, FormatSniffer.Detect(Encoding.UTF8.GetBytes(page)));

    [Fact]
    public void Utf16_html_is_html() =>
        Assert.Equal(DocumentFormat.Html, FormatSniffer.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<!DOCTYPE html><html><body><p>Polisen lovar</p></body></html>")]));

    [Fact]
    public void A_file_without_words_is_refused()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => DocumentReader.CreateDefault().Read(Encoding.UTF8.GetBytes("  \n\n \t\n"), null));
        Assert.Contains("no text", e.Message);
    }

    [Fact]
    public void A_text_dump_is_text() =>
        Assert.Equal(DocumentFormat.Text, FormatSniffer.Detect(Encoding.UTF8.GetBytes("Medborgarlöfte i Åsele\n\n • Polisen lovar att synas.\n")));

    [Fact]
    public void Binary_junk_is_refused()
    {
        var junk = Enumerable.Range(0, 2048).Select(i => (byte)(i * 31 % 256)).ToArray();
        var e = Assert.Throws<UnreadableDocumentException>(() => FormatSniffer.Detect(junk));
        Assert.Contains("binary", e.Message);
    }
}
