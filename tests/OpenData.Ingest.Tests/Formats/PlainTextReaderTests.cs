using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Tests.Formats;

public class PlainTextReaderTests
{
    private static IReadOnlyList<TextBlock> Read(string text) => PlainTextReader.ReadLines(text);

    private static List<TextBlock> Items(string text) => Read(text).Where(b => b.Kind == BlockKind.ListItem).ToList();

    [Fact]
    public void Headings_paragraphs_and_items_each_become_a_block()
    {
        var blocks = Read("Medborgarlöfte 2024\n\nPolisen och Tibro kommun har tecknat ett löfte.\n\nPolisen lovar att:\n • synas i centrum\n • besöka skolorna.\n");
        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem],
            blocks.Select(b => b.Kind));
        Assert.Equal("synas i centrum", blocks[3].Text);
    }

    [Fact]
    public void Deeper_indentation_nests_an_item()
    {
        var items = Items(" • Arbeta med synlighet.\n  • Vid 5 tillfällen per vecka patrullera.\n  • Vid 2 tillfällen per år informera.\n • Arbeta mot bedrägerier.\n");
        Assert.Equal([0, 1, 1, 0], items.Select(i => i.Level));
    }

    [Fact]
    public void Bullets_under_a_numbered_item_at_the_same_indent_are_its_sub_items()
    {
        var items = Items("1. Polisen och kommunen skall tillsammans\n\n• minska buskörningen\n\n• förbättra belysningen\n\n2. Polisen skall möta ungdomar\n");
        Assert.Equal([0, 1, 1, 0], items.Select(i => i.Level));
        Assert.Equal("2.", items[3].Marker);
    }

    [Fact]
    public void A_line_aligned_with_the_item_text_continues_the_item()
    {
        var items = Items("• Polisen ska genomföra\n  fler trafikkontroller vid skolorna.\n• Kommunen ska rensa buskage.\n");
        Assert.Equal(2, items.Count);
        Assert.Equal("Polisen ska genomföra fler trafikkontroller vid skolorna.", items[0].Text);
    }

    [Fact]
    public void A_line_that_starts_mid_phrase_continues_the_item()
    {
        var items = Items(" • genomföra trafikkontroller\n vid infarterna till Sala.\n");
        Assert.Equal("genomföra trafikkontroller vid infarterna till Sala.", Assert.Single(items).Text);
    }

    [Fact]
    public void An_indented_line_that_starts_a_phrase_of_its_own_is_an_item_that_lost_its_bullet()
    {
        var items = Items(" • i samverkan med andra aktörer skapa evenemang i stadskärnan\n  kontinuerligt diskutera kamerabevakning.\n");
        Assert.Equal(2, items.Count);
        Assert.Equal("kontinuerligt diskutera kamerabevakning.", items[1].Text);
        Assert.Equal(items[0].Level, items[1].Level);
    }

    [Fact]
    public void A_word_hyphenated_at_the_line_end_is_joined_but_a_shared_hyphen_is_kept()
    {
        var items = Items("• Polisen ska genomföra trygghets-\n  skapande insatser och fordon-\n  och förarkontroller.\n");
        Assert.Equal("Polisen ska genomföra trygghetsskapande insatser och fordon- och förarkontroller.", Assert.Single(items).Text);
    }

    [Fact]
    public void Hard_wrapped_text_is_read_back_into_paragraphs()
    {
        var text = string.Join('\n',
            "Polisen och Mora kommun har kommit överens om ett medborgarlöfte som ska",
            "gälla under hela året. Löftet bygger på dialoger med invånarna i Mora och",
            "Orsa under hösten, och på den lokala lägesbilden som polisen tagit fram.",
            "",
            "Kommunen och polisen ska tillsammans arbeta för att minska skadegörelsen",
            "i centrala Mora och för att fler ska känna sig trygga när de rör sig ute",
            "på kvällar och helger.");
        var blocks = Read(text);
        Assert.Equal(2, blocks.Count);
        Assert.StartsWith("Kommunen och polisen ska tillsammans arbeta för att minska skadegörelsen i centrala Mora", blocks[1].Text);
    }

    [Fact]
    public void Bullets_typed_inside_a_line_open_items()
    {
        var blocks = Read("Polisen lovar att: • synas i centrum • besöka skolorna\n");
        Assert.Equal("Polisen lovar att:", blocks[0].Text);
        Assert.Equal(["synas i centrum", "besöka skolorna"], blocks.Skip(1).Select(b => b.Text));
        Assert.All(blocks.Skip(1), b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void In_text_set_one_paragraph_a_line_each_line_under_a_lead_stays_apart()
    {
        var blocks = Read("Vi lovar att:\n\nhålla ett öppet möte varje höst\nredovisa arbetet på webbplatsen\n");
        Assert.Equal(["Vi lovar att:", "hålla ett öppet möte varje höst", "redovisa arbetet på webbplatsen"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_line_set_in_under_the_bullet_is_the_item_s_next_sentence_even_after_the_last_item()
    {
        var blocks = Read(" • Vi ska arbeta för ett tryggare centrum.\n  I våra kartläggningar återkommer centrum.\n • Vi ska motverka trafikbrott.\n  Alla ska känna sig trygga i trafiken.\n\nKontakta oss\n");
        Assert.Equal(["Vi ska arbeta för ett tryggare centrum. I våra kartläggningar återkommer centrum.", "Vi ska motverka trafikbrott. Alla ska känna sig trygga i trafiken."],
            blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, blocks[^1].Kind);
    }

    [Fact]
    public void A_line_in_lower_case_under_an_item_in_upper_case_is_its_wrapped_end()
    {
        var items = Items(" • Tillsammans med skola, socialtjänst och andra aktörer\n  arbeta och samverka utifrån det brottsförebyggande perspektivet.\n • Tillsammans med motorburen ungdom genomföra\n  insatser i syfte att höja trafiksäkerheten.\n");
        Assert.Equal(["Tillsammans med skola, socialtjänst och andra aktörer arbeta och samverka utifrån det brottsförebyggande perspektivet.",
            "Tillsammans med motorburen ungdom genomföra insatser i syfte att höja trafiksäkerheten."], items.Select(i => i.Text));
    }
}
