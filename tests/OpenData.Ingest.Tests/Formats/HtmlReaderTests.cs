using System.Text;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Tests.Formats;

public class HtmlReaderTests
{
    private static DocumentText Read(string html, string? contentType = "text/html; charset=utf-8") =>
        new HtmlReader().Read(Encoding.UTF8.GetBytes(html), contentType);

    private static DocumentText Read(byte[] html) => new HtmlReader().Read(html, "text/html");

    private static List<string> Texts(DocumentText text) => text.Blocks.Select(b => b.Text).ToList();

    /// <summary>A news-style page: cookie notice, menu, search, outage banner, breadcrumbs, share bar, related links, footer.</summary>
    private const string PolicePage = """
        <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Mörbylånga – medborgarlöften | Polismyndigheten</title>
        <script>var s = "Polisen lovar att synas";</script></head><body>
        <div class="cookie-banner"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera. <a href="#">Godkänn kakor</a></p></div>
        <header class="site-header"><a href="/">Polisen</a><nav><ul><li><a href="/a">Utsatt för brott</a></li><li><a href="/b">Aktuellt</a></li>
        <li><a href="/c">Kalmar – medborgarlöften</a></li></ul></nav><form action="/sok"><input name="q"><button>Sök</button></form></header>
        <div class="alert-banner"><p>Just nu har vi driftstörning i telefonin, det kan vara svårt att nå oss på 114 14.</p></div>
        <main><nav class="breadcrumbs"><ol><li><a href="/">Start</a></li><li><a href="/om">Om polisen</a></li></ol></nav>
        <div class="editorial-content"><h1>Mörbylånga – medborgarlöften</h1>
        <p class="preamble">Polisen och Mörbylånga kommun har tecknat ett medborgarlöfte för 2023–2024 efter dialoger i Färjestaden.</p>
        <div class="text-body editorial-html">
        <p>Polisen och Mörbylånga kommun har tecknat ett medborgarlöfte för 2023–2024 efter dialoger i Färjestaden.</p>
        <p>&nbsp;</p>
        <h2>Polisen lovar att:</h2>
        <ul><li>genomföra minst sex trafikkontroller per år på Ölandsbron,</li><li>besöka skolorna <strong>två gånger per termin</strong>.</li></ul>
        <p><strong>Kommunen lovar att:</strong></p>
        <ul><li>genomföra en trygghetsvandring i Färjestaden
          <ul><li>tillsammans med fastighetsägare</li><li>och med föreningslivet</li></ul></li>
        <li><a href="/dokument/lofte.pdf">Medborgarlöfte 2023–2024 (pdf, 120 kB)</a></li></ul>
        <p>Polisen och kommunen ska tillsammans:<br style="mso-special-character:line-break">• hålla ett öppet möte varje vår<br>• följa upp löftet två gånger per år.</p>
        <p><o:p>&nbsp;</o:p></p></div>
        <div class="meta-data-container"><p>Publicerad 12 januari 2023</p></div>
        <div class="share"><a href="#">Dela på Facebook</a> <a href="#">Dela på X</a> <a href="#">Skriv ut</a></div></div></main>
        <aside class="related"><h2>Relaterat</h2><ul><li><a href="/a">Kalmar – medborgarlöften</a></li><li><a href="/b">Borgholm – medborgarlöften</a></li>
        <li><a href="/c">Nybro – medborgarlöften</a></li></ul></aside>
        <footer><p>Polismyndigheten, Box 12256, 102 26 Stockholm</p></footer></body></html>
        """;

    [Fact]
    public void Reads_the_main_content_and_drops_the_site_around_it()
    {
        var text = Read(PolicePage);
        var texts = Texts(text);
        Assert.Equal("Mörbylånga – medborgarlöften", text.Title);
        Assert.Contains("Polisen lovar att:", texts);
        Assert.Contains("Publicerad 12 januari 2023", texts);
        foreach (var chrome in new[] { "Godkänn", "Utsatt för brott", "driftstörning", "Om polisen", "Dela på", "Borgholm", "Box 12256", "lovar att synas" })
        {
            Assert.DoesNotContain(texts, t => t.Contains(chrome, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Keeps_headings_lists_and_their_nesting()
    {
        var blocks = Read(PolicePage).Blocks;
        var heading = blocks.Single(b => b.Text == "Polisen lovar att:");
        Assert.Equal((BlockKind.Heading, 2), (heading.Kind, heading.Level));
        Assert.Equal(BlockKind.Heading, blocks.Single(b => b.Text == "Kommunen lovar att:").Kind); // bold-only paragraph
        var nested = blocks.Single(b => b.Text == "tillsammans med fastighetsägare");
        Assert.Equal((BlockKind.ListItem, 1), (nested.Kind, nested.Level));
        Assert.Equal("besöka skolorna två gånger per termin.", blocks.Single(b => b.Text.StartsWith("besöka")).Text);
    }

    [Fact]
    public void Word_leftovers_leave_nothing_and_typed_bullets_become_items()
    {
        var blocks = Read(PolicePage).Blocks;
        Assert.DoesNotContain(blocks, b => string.IsNullOrWhiteSpace(b.Text) || b.Text == "\u00A0");
        var items = blocks.SkipWhile(b => b.Text != "Polisen och kommunen ska tillsammans:").Skip(1).Take(2).ToList();
        Assert.Equal(["hålla ett öppet möte varje vår", "följa upp löftet två gånger per år."], items.Select(i => i.Text));
        Assert.All(items, i => Assert.Equal(BlockKind.ListItem, i.Kind));
    }

    [Fact]
    public void An_ingress_repeated_in_the_body_is_read_once_and_a_link_item_is_not_an_item()
    {
        var blocks = Read(PolicePage).Blocks;
        Assert.Single(blocks, b => b.Text.StartsWith("Polisen och Mörbylånga kommun har tecknat"));
        var link = blocks.Single(b => b.Text.StartsWith("Medborgarlöfte 2023–2024 (pdf"));
        Assert.NotEqual(BlockKind.ListItem, link.Kind);
    }

    [Fact]
    public void A_page_served_as_windows_1252_without_a_charset_reads_its_letters()
    {
        var bytes = TextDecoding.Windows1252.GetBytes(PolicePage.Replace("<meta charset=\"utf-8\">", ""));
        var text = Read(bytes);
        Assert.Equal("Mörbylånga – medborgarlöften", text.Title);
        Assert.Contains("genomföra en trygghetsvandring i Färjestaden", Texts(text));
    }

    [Fact]
    public void Word_list_paragraphs_are_items_at_their_level()
    {
        const string page = """
            <html><head><title>Löften</title></head><body><form id="aspnetForm"><div id="top"><ul><li><a href="/">Start</a></li><li><a href="/x">Nyheter</a></li><li><a href="/y">Kontakt</a></li></ul></div>
            <div id="column2-3"><h1>Medborgarlöften för Sala 2022-2023</h1>
            <p class=MsoNormal><b>Polisen lovar att<o:p></o:p></b></p>
            <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>genomföra trafikkontroller i Sala centrum<o:p></o:p></p>
            <p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span>&nbsp;&nbsp; </span></span><![endif]>med fokus på hastighet<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp; </span></span><![endif]>vara synlig vid skolavslutningen<o:p></o:p></p>
            </div></form></body></html>
            """;
        var text = Read(page);
        Assert.Equal("Medborgarlöften för Sala 2022-2023", text.Title);
        var items = text.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["genomföra trafikkontroller i Sala centrum", "med fokus på hastighet", "vara synlig vid skolavslutningen"], items.Select(i => i.Text));
        Assert.Equal([0, 1, 0], items.Select(i => i.Level));
        Assert.DoesNotContain(text.Blocks, b => b.Text == "Nyheter");
    }

    [Fact]
    public void Finds_the_content_beside_menus_in_a_portal_layout_and_the_heading_in_its_own_box()
    {
        const string page = """
            <html><head><title>Medborgarlöfte 2024 - Tranås kommun</title></head><body>
            <div class="sv-layout"><div class="header"><ul><li><a href="/a">Omsorg och stöd</a></li><li><a href="/b">Förskola och skola</a></li><li><a href="/c">Trygghet och säkerhet</a></li></ul></div>
            <div class="sv-layout sv-column-3"><div class="sv-portlet sv-menu-portlet"><ul><li><a href="/k">Krisberedskap</a></li><li><a href="/m">Medborgarlöfte</a></li><li><a href="/b">Brottsförebyggande</a></li></ul></div></div>
            <div class="sv-layout sv-column-6"><div class="sv-portlet sv-text-portlet"><h1 class="heading">Medborgarlöfte 2024</h1></div>
            <div class="sv-portlet sv-text-portlet"><p class="normal">Tranås kommun och lokalpolisområde Höglandet har kommit överens om ett nytt medborgarlöfte, som gäller hela 2024.</p>
            <p class="normal">Kommunen ska:</p><ul><li>anordna tolv nattvandringar under året</li><li>förbättra belysningen vid resecentrum</li></ul></div>
            <div class="sv-portlet feedback"><form><p>Hjälpte informationen på den här sidan dig?</p><button>Ja</button></form></div></div>
            <div class="sv-layout sv-column-3"><div class="sv-portlet"><h2>Relaterade sidor</h2><ul><li><a href="/x">Polisen i Tranås</a></li><li><a href="/y">Grannsamverkan</a></li><li><a href="/z">Trygghetsvandringar</a></li></ul></div></div>
            </div></body></html>
            """;
        var text = Read(page);
        Assert.Equal("Medborgarlöfte 2024", text.Title);
        var texts = Texts(text);
        Assert.Equal("Medborgarlöfte 2024", texts[0]);
        Assert.Contains("anordna tolv nattvandringar under året", texts);
        foreach (var chrome in new[] { "Omsorg och stöd", "Krisberedskap", "Hjälpte informationen", "Grannsamverkan" })
        {
            Assert.DoesNotContain(texts, t => t.Contains(chrome, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_an_h1_the_title_is_the_page_title_without_the_site_name()
    {
        var text = Read("<html><head><title>Nytt medborgarlöfte i Malå | Malå kommun</title></head><body><p>Polisen och Malå kommun har tecknat ett nytt medborgarlöfte.</p></body></html>");
        Assert.Equal("Nytt medborgarlöfte i Malå", text.Title);
    }

    [Fact]
    public void A_page_far_longer_than_any_lofte_is_read_from_its_beginning()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Mer text om trygghet i kommunen, som inte tar slut.</p>", 70_000));
        var text = Read($"<html><body><h1>Medborgarlöfte i Mora</h1><p>Polisen lovar att synas.</p>{filler}</body></html>");
        Assert.Equal("Medborgarlöfte i Mora", text.Title);
        Assert.Contains(text.Warnings!, w => w.Contains("only its first"));
    }

    [Fact]
    public void Rows_of_an_activity_table_are_items_with_who_is_responsible()
    {
        const string page = """
            <html><body><main><h1>Medborgarlöfte för Eslöv 2024</h1><h2>Så här gör vi</h2>
            <table><tr><th>Aktivitet</th><th>Ansvarig</th><th>När</th></tr>
            <tr><td>Trygghetsvandring i centrum</td><td>Kommunen</td><td>Hösten 2024</td></tr>
            <tr><td>Trafikkontroller vid skolorna</td><td>Polisen</td><td>Varje vecka</td></tr></table>
            <table><tr><td>Telefon</td><td>0413-620 00</td></tr><tr><td>E-post</td><td>kommun@eslov.se</td></tr></table>
            </main></body></html>
            """;
        var blocks = Read(page).Blocks;
        var items = blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text).ToList();
        Assert.Equal(["Trygghetsvandring i centrum (Kommunen)", "Trafikkontroller vid skolorna (Polisen)"], items);
        Assert.Contains(blocks, b => b.Kind == BlockKind.Paragraph && b.Text == "0413-620 00");
    }

    [Fact]
    public void A_page_nested_far_deeper_than_any_real_one_is_read_with_every_word_and_says_so()
    {
        // 20,000 nested divs took the parser seconds, growing with the square of the depth; bounded, it is linear.
        const int depth = 20_000;
        var html = "<html><body><h1>Medborgarlöfte</h1>" + string.Concat(Enumerable.Repeat("<div class=\"x\">", depth)) +
                   "<ul><li>Polisen lovar att synas i centrum.</li></ul><p>Kommunen lovar att rensa buskage.</p>" +
                   string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var text = Read(html);
        Assert.Contains("Polisen lovar att synas i centrum.", Texts(text));
        Assert.Contains("Kommunen lovar att rensa buskage.", Texts(text));
        Assert.Contains(text.Warnings!, w => w.Contains("nests its elements") && w.Contains("left out"));
    }

    [Fact]
    public void A_page_of_ordinary_depth_is_passed_to_the_parser_as_it_is()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", HtmlNesting.MaxDepth)) + "<p>Polisen lovar att synas.</p>" +
                   string.Concat(Enumerable.Repeat("</div>", HtmlNesting.MaxDepth)) + "</body></html>";
        Assert.Same(html, HtmlNesting.Bound(html, out var deepest));
        Assert.Equal(HtmlNesting.MaxDepth, deepest);
        Assert.Null(Read(html).Warnings);
    }

    [Fact]
    public void Tags_inside_scripts_and_comments_are_not_counted_as_nesting()
    {
        var inert = "<script>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "</script><!--" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "-->";
        var html = $"<html><body>{inert}<p>Polisen lovar att synas.</p></body></html>";
        Assert.Same(html, HtmlNesting.Bound(html, out var deepest));
        Assert.Equal(0, deepest);
    }
}
