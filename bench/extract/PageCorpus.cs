using System.Net;
using System.Text;
using OpenData.Core;
using OpenData.Core.Reference;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Offline;

namespace OpenData.Bench.Extract;

/// <summary>
/// A corpus of realistic löfte pages made at run time: the recorded texts of data/archive, read into blocks and set
/// into the chrome of a kommun or police site (scripts, cookie notice, menus, breadcrumbs, related links, footer),
/// each page for a different kommun and period with its own list of promises, some in Word's pasted markup and some
/// served as Windows-1252. Deterministic for a given seed, so runs compare.
/// </summary>
internal sealed class PageCorpus
{
    private static readonly string[] Leads = ["Polisen lovar att:", "Kommunen lovar att:", "Polisen och kommunen ska tillsammans:", "Det här ska vi göra:"];

    private static readonly string[] Activities =
    [
        "genomföra minst {0} riktade trafikkontroller under året",
        "besöka skolorna i kommunen {1} gånger per termin",
        "genomföra trygghetsvandringar i {2} centrum varje höst",
        "sanera klotter inom två dygn efter anmälan",
        "delta i föräldramöten för elever i årskurs 8",
        "hålla ett öppet medborgarmöte varje vår i {2}",
        "arbeta mot narkotikaförsäljning kring resecentrum i {2}",
        "förbättra belysningen längs gång- och cykelvägar",
        "stötta föreningar som ordnar nattvandringar varje fredag",
        "följa upp löftet två gånger per år tillsammans med räddningstjänsten",
    ];

    public required IReadOnlyList<(byte[] Body, string ContentType, string Html)> Pages { get; init; }

    public static PageCorpus Build(DataDirectory data, int count, int seed)
    {
        var random = new Random(seed);
        var kommuner = ReferenceData.Load(data).Kommuner;
        var seeds = RecordedArchive.In(data).ReadAll().Select(b => PlainTextReader.ReadLines(Encoding.UTF8.GetString(b.Content))).ToList();
        var pages = new List<(byte[], string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var kommun = kommuner[random.Next(kommuner.Count)].Name;
            var first = 2016 + random.Next(9);
            var html = Page(kommun, first, seeds[random.Next(seeds.Count)], random, word: i % 4 == 3);
            var latin1 = i % 5 == 4;
            var body = latin1 ? TextDecoding.Windows1252.GetBytes(html) : Encoding.UTF8.GetBytes(html);
            pages.Add((body, latin1 ? "text/html" : "text/html; charset=utf-8", html));
        }
        return new PageCorpus { Pages = pages };
    }

    private static string Page(string kommun, int first, IReadOnlyList<TextBlock> seed, Random random, bool word)
    {
        var sb = new StringBuilder(40_000);
        sb.Append($"<!DOCTYPE html><html lang=\"sv\"><head><title>{kommun} – medborgarlöften | Polisen</title><meta name=\"viewport\" content=\"width=device-width\">");
        sb.Append("<style>").Append(string.Concat(Enumerable.Repeat(".nav a{color:#003;padding:4px} .hero{margin:0 auto} ", 60))).Append("</style>");
        sb.Append("<script>").Append(string.Concat(Enumerable.Repeat("window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view'});", 80))).Append("</script></head><body>");
        sb.Append("<div class=\"cookie-consent\"><p>Vi använder kakor för att förbättra webbplatsen.</p><button>Godkänn kakor</button></div>");
        sb.Append("<header class=\"site-header\"><a href=\"/\" class=\"logo\">Polisen</a><nav class=\"main-nav\"><ul>");
        foreach (var item in new[] { "Utsatt för brott", "Tjänster och tillstånd", "Aktuellt", "Om polisen", "Kontakta polisen", "Jobba hos oss" })
        {
            sb.Append($"<li><a href=\"/{Slug(item)}/\">{item}</a></li>");
        }
        sb.Append("</ul></nav><form class=\"search\" action=\"/sok\"><input name=\"q\"><button>Sök</button></form></header>");
        sb.Append("<main id=\"content\"><nav class=\"breadcrumb\"><ol><li><a href=\"/\">Start</a></li><li><a href=\"/om-polisen/\">Om polisen</a></li>");
        sb.Append($"<li>{kommun}</li></ol></nav><div class=\"editorial-content\"><h1>{kommun} – medborgarlöften</h1>");
        sb.Append($"<p class=\"preamble\">Polisen och {kommun} kommun har tecknat ett medborgarlöfte som gäller {first}–{first + 1}.</p><div class=\"text-body\">");
        foreach (var block in seed.Take(14))
        {
            var text = WebUtility.HtmlEncode(block.Text);
            sb.Append(block.Kind switch
            {
                BlockKind.Heading => $"<h2>{text}</h2>",
                BlockKind.ListItem => $"<ul><li>{text}</li></ul>",
                _ => $"<p>{text}</p><p>&nbsp;</p>",
            });
        }
        foreach (var lead in Leads.OrderBy(_ => random.Next()).Take(2 + random.Next(2)))
        {
            sb.Append(word ? $"<p class=MsoNormal><b>{lead}<o:p></o:p></b></p>" : $"<h2>{lead}</h2><ul>");
            foreach (var activity in Activities.OrderBy(_ => random.Next()).Take(3 + random.Next(4)))
            {
                var text = string.Format(activity, 2 + random.Next(20), 1 + random.Next(3), kommun);
                sb.Append(word
                    ? $"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>{text}<o:p></o:p></p>"
                    : $"<li>{text}</li>");
            }
            sb.Append(word ? "" : "</ul>");
        }
        sb.Append("<p>Kontakt: Anna Berg, kommunpolis, och Per Lind, trygghetssamordnare.</p></div>");
        sb.Append($"<div class=\"meta-data-container\"><p>Publicerad {1 + random.Next(28)} mars {first}</p></div>");
        sb.Append("<div class=\"share\"><a href=\"#\">Dela på Facebook</a><a href=\"#\">Dela på LinkedIn</a><a href=\"#\">Skriv ut</a></div></div></main>");
        sb.Append("<aside class=\"related\"><h2>Relaterat</h2><ul>");
        for (var k = 0; k < 8; k++)
        {
            sb.Append($"<li><a href=\"/r{k}/\">Medborgarlöften i länet, del {k + 1}</a></li>");
        }
        sb.Append("</ul></aside><footer class=\"site-footer\"><p>Polismyndigheten, Box 12256, 102 26 Stockholm. Telefon 114 14.</p><ul>");
        foreach (var item in new[] { "Om webbplatsen", "Tillgänglighetsredogörelse", "Kakor", "Behandling av personuppgifter", "In English" })
        {
            sb.Append($"<li><a href=\"/{Slug(item)}/\">{item}</a></li>");
        }
        return sb.Append("</ul></footer></body></html>").ToString();
    }

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');
}
