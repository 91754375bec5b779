using System.Net;
using System.Text;

namespace OpenData.Harvester.Tests.Fixtures;

/// <summary>Löfte pages as polisen.se and kommun sites publish them, for the local site to serve.</summary>
public static class LoftePages
{
    public static readonly string[] PolisenLovar =
    [
        "genomföra minst 4 riktade trafikinsatser under året vid skolorna",
        "vara synliga i centrum på fredagskvällar under sommaren",
        "besöka föreningar och berätta om hur man anmäler brott",
    ];

    public static readonly string[] KommunenLovar =
    [
        "förbättra belysningen vid pendeltågsstationen",
        "anordna trygghetsvandringar två gånger per år",
    ];

    /// <summary>A löfte page in polisen.se's markup: title, ingress, "Polisen lovar att:" and "Kommunen lovar att:" lists.</summary>
    public static string Polisen(string kommun, string period, IEnumerable<string>? polisen = null, IEnumerable<string>? kommunen = null,
        string extraBody = "", string chrome = "Sök Stäng Meny")
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>{Enc(kommun)} – medborgarlöften | Polismyndigheten</title></head>
            <body><header><nav>{chrome}</nav></header>
            <main><div class="editorial-content">
            <h1>{Enc(kommun)} – medborgarlöften</h1>
            <p class="preamble">Polisen och {Enc(kommun)} kommun har tecknat medborgarlöften för {period}.</p>
            <div class="text-body editorial-html">
            """);
        Section(html, "Polisen lovar att:", polisen ?? PolisenLovar);
        Section(html, "Kommunen lovar att:", kommunen ?? KommunenLovar);
        html.Append(extraBody);
        html.Append("</div></div></main><footer>Till toppen</footer></body></html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string heading, IEnumerable<string> items)
    {
        html.Append($"<h2>{Enc(heading)}</h2>\n<ul>\n");
        foreach (var item in items)
        {
            html.Append($"<li>{Enc(item)}.</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text).Replace("&#229;", "å").Replace("&#228;", "ä").Replace("&#246;", "ö")
        .Replace("&#197;", "Å").Replace("&#196;", "Ä").Replace("&#214;", "Ö").Replace("&#8211;", "–");
}
