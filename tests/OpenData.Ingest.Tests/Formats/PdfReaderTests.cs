using OpenData.Ingest.Formats;

using OpenData.Testing.Documents;

namespace OpenData.Ingest.Tests.Formats;

public class PdfReaderTests
{
    private static DocumentText Read(byte[] pdf) => new PdfReader().Read(pdf, "application/pdf");

    [Fact]
    public void Keeps_the_title_headings_list_items_and_their_nesting()
    {
        var pdf = new TestPdf()
            .Line("Medborgarlöfte för Åmål 2024", size: 18, bold: true)
            .Gap()
            .Line("Polisen lovar att:", bold: true)
            .Line("•", x: 72).Line("genomföra trafikkontroller vid skolorna varje vecka", x: 90)
            .Build();
        var text = Read(pdf);
        Assert.Equal("Medborgarlöfte för Åmål 2024", text.Title);
        Assert.Contains(text.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Polisen lovar att:");
    }

    [Fact]
    public void Reads_bullets_and_joins_an_item_broken_across_lines()
    {
        var pdf = new TestPdf()
            .Line("Kommunen lovar att:", bold: true)
            .Line("•    sanera klotter inom två dygn efter att det har anmälts till kommunens", x: 72)
            .Line("kundtjänst eller via appen", x: 86)
            .Line("•    genomföra en trygghetsvandring i Åmåls centrum", x: 72)
            .Line("o    tillsammans med fastighetsägarna", x: 100)
            .Build();
        var items = Read(pdf).Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("sanera klotter inom två dygn efter att det har anmälts till kommunens kundtjänst eller via appen", items[0].Text);
        Assert.Equal((0, 0, 1), (items[0].Level, items[1].Level, items[2].Level));
        Assert.Equal("tillsammans med fastighetsägarna", items[2].Text);
    }

    [Fact]
    public void Drops_page_numbers_and_running_headers()
    {
        var pdf = new TestPdf()
            .Line("Medborgarlöfte Åmål", size: 9).Line("Polisen ska patrullera i centrum.").Footer("1")
            .NewPage()
            .Line("Medborgarlöfte Åmål", size: 9).Line("Kommunen ska rensa buskage.").Footer("2")
            .Build();
        var texts = Read(pdf).Blocks.Select(b => b.Text).ToList();
        Assert.DoesNotContain("1", texts);
        Assert.DoesNotContain("2", texts);
        Assert.DoesNotContain("Medborgarlöfte Åmål", texts);
        Assert.Contains("Polisen ska patrullera i centrum.", texts);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_with_a_reason()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(TestPdf.WithoutText()));
        Assert.Contains("no text layer", e.Message);
    }

    [Fact]
    public void A_damaged_pdf_is_refused_with_a_reason()
    {
        var pdf = new TestPdf().Line("Polisen lovar att synas.").Build();
        var damaged = pdf.Take(pdf.Length / 3).ToArray();
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(damaged));
        Assert.Contains("PDF", e.Message);
    }

    [Fact]
    public void A_compressed_pdf_is_read_as_any_other()
    {
        var pdf = new TestPdf().Compressed().Line("Polisen lovar att:", bold: true).Line("•    synas i centrum varje fredag", x: 72).Build();
        Assert.Contains(Read(pdf).Blocks, b => b.Kind == BlockKind.ListItem && b.Text == "synas i centrum varje fredag");
    }

    [Fact]
    public void A_pdf_whose_streams_expand_to_gigabytes_is_refused_as_a_bomb_before_it_is_opened()
    {
        // 300 MB of zeros behind a file of a few hundred kilobytes: PdfPig alone would hold them all at once.
        var pdf = new TestPdf().Line("Polisen lovar att synas.").WithUnusedStream(300L * 1024 * 1024).Build();
        Assert.True(pdf.Length < 1024 * 1024);
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(pdf));
        Assert.Contains("decompression bomb", e.Message);
    }

    [Fact]
    public void Chained_flate_filters_count_every_stage_they_expand_to()
    {
        // Two stages multiply: a file of a few kilobytes holds 300 MB, which only the second stage's output shows.
        var pdf = new TestPdf().Line("Polisen lovar att synas.").WithUnusedStream(300L * 1024 * 1024, stages: 2).Build();
        Assert.True(pdf.Length < 64 * 1024);
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(pdf));
        Assert.Contains("decompression bomb", e.Message);
    }

    [Fact]
    public void A_stream_that_expands_within_reason_is_read()
    {
        var pdf = new TestPdf().Line("Polisen lovar att synas.").WithUnusedStream(8L * 1024 * 1024).Build();
        Assert.Contains(Read(pdf).Blocks, b => b.Text == "Polisen lovar att synas.");
    }
}
