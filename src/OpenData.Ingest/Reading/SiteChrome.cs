using System.Text.RegularExpressions;

using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Lines that belong to the site around a page, not to its content: search boxes, menus, "JavaScript is off",
/// "Till toppen", cookie notices, outage banners, feedback prompts; and the link notices that sites append inside
/// the text ("Länk till annan webbplats, öppnas i nytt fönster."). Dumps of pages and sloppy HTML keep them as text.
/// </summary>
public static partial class SiteChrome
{
    /// <summary>Chrome is a line or two; a longer block is content, whatever it mentions.</summary>
    private const int LongestChrome = 320;

    /// <summary>Whole lines of chrome, compared without case and closing punctuation.</summary>
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "sök", "sök på polisen.se", "sök på webbplatsen", "stäng", "stäng meny", "meny", "öppna meny", "till toppen",
        "till sidans topp", "tillbaka", "hoppa till innehåll", "hoppa till innehållet", "hoppa till huvudinnehåll",
        "hoppa till huvudinnehållet", "gå till innehållet", "gå till huvudinnehållet", "dela", "dela sidan", "dela artikeln",
        "skriv ut", "lyssna", "lyssna på sidan", "öppnas i nytt fönster", "polisen.se", "in english", "other languages", "lättläst",
        "teckenspråk", "titelbild", "kontakta oss", "föregående", "nästa", "föregående sida", "nästa sida", "föregående nyhet",
        "nästa nyhet", "visa fler", "visa alla", "visa fler nyheter", "visa alla nyheter", "läs mer", "läs hela",
    };

    /// <summary>How lines of chrome begin ("Senast uppdaterad: 3 maj 2023", "Dela på Facebook").</summary>
    private static readonly string[] Openings =
    [
        "javascript är inte påslaget", "länk till annan webbplats", "senast uppdaterad", "senast ändrad", "senast granskad",
        "sidan uppdaterades", "sidan granskades", "hjälpte informationen", "hjälp oss förbättra", "hjälp oss att förbättra",
        "var den här sidan till hjälp", "vad kan vi förbättra", "följ oss", "du är här", "dela på ",
    ];

    public static bool IsChrome(string text)
    {
        var t = text.Trim();
        if (t.Length > LongestChrome)
        {
            return false;
        }
        var line = t.TrimEnd('.', ':', '!', ' ');
        if (Lines.Contains(line) || Openings.Any(o => line.StartsWith(o, StringComparison.OrdinalIgnoreCase)) ||
            (line.Length <= 80 && line.StartsWith("läs hela ", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        return CookieNotice().IsMatch(t) || Banner().IsMatch(t);
    }

    /// <summary>The blocks without chrome lines, and with link notices cut out of the text that remains.</summary>
    public static IReadOnlyList<TextBlock> Remove(IEnumerable<TextBlock> blocks) =>
        blocks.Where(b => !IsChrome(b.Text))
            .Select(b => b.Text.Contains("nytt fönster", StringComparison.OrdinalIgnoreCase)
                ? b with { Text = Whitespace.Fold(LinkNotice().Replace(b.Text, "")).TrimEnd(',', ' ') }
                : b)
            .Where(b => b.Text.Any(char.IsLetterOrDigit))
            .ToList();

    [GeneratedRegex(@"(?i)\b(cookies|kakor)\b.{0,200}\b(använder|godkänn|acceptera|inställningar)|\b(använder|godkänn|acceptera)\b.{0,200}\b(cookies|kakor)\b")]
    private static partial Regex CookieNotice();

    /// <summary>Site-wide notices of outages and delays (telephone lines, post, e-services).</summary>
    [GeneratedRegex(@"(?i)(driftstörning|störning(ar)?\s+i|tekniska problem|problem med\s+(utskrifter|telefon|e-tjänst|inloggning)|kan .{0,40}bli fördröjd).{0,160}(telefon|114\s?14|utskrift|försändelse|e-tjänst|webbplats|inloggning|fördröjd)")]
    private static partial Regex Banner();

    [GeneratedRegex(@"(?i)\s*(,\s*)?(länk till annan webbplats[,.]?\s*)?öppnas i (ett )?nytt fönster\.?")]
    private static partial Regex LinkNotice();
}
