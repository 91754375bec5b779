using System.Text.RegularExpressions;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Lines that belong to the site around a page, not to its content: search boxes, menus, "JavaScript is off",
/// "Till toppen", cookie notices, outage banners, feedback prompts; and the link notices that sites append inside
/// the text ("Länk till annan webbplats, öppnas i nytt fönster."). Dumps of pages and sloppy HTML keep them as text.
/// </summary>
public static partial class SiteChrome
{
    /// <summary>Chrome is a line or two; a longer block is content, whatever it mentions.</summary>
    private const int LongestChrome = 320;

    public static bool IsChrome(string text) => text.Length <= LongestChrome && (Chrome().IsMatch(text.Trim()) || Banner().IsMatch(text));

    /// <summary>The blocks without chrome lines, and with link notices cut out of the text that remains.</summary>
    public static IReadOnlyList<TextBlock> Remove(IEnumerable<TextBlock> blocks) =>
        blocks.Where(b => !IsChrome(b.Text))
            .Select(b => LinkNotice().IsMatch(b.Text) ? b with { Text = Whitespace.Fold(LinkNotice().Replace(b.Text, "")).TrimEnd(',', ' ') } : b)
            .Where(b => b.Text.Any(char.IsLetterOrDigit))
            .ToList();

    [GeneratedRegex(
        @"^(sök|sök på polisen\.se|sök på webbplatsen|stäng( meny)?|meny|öppna meny|till toppen|till sidans topp|tillbaka|" +
        @"hoppa till (huvud)?innehåll(et)?|gå till (huvud)?innehåll(et)?|dela( sidan| artikeln)?( på \w+)?|skriv ut|lyssna|lyssna på sidan|" +
        @"javascript är inte påslaget.*|.*(cookies|kakor)\b.*(använder|godkänn|acceptera|inställningar).*|" +
        @"länk till annan webbplats.*|öppnas i nytt fönster\.?|senast (uppdaterad|ändrad|granskad).{0,40}|sidan (uppdaterades|granskades).{0,40}|" +
        @"hjälpte informationen.*|hjälp oss (att )?förbättra.*|var den här sidan till hjälp.*|vad kan vi förbättra.*|" +
        @"polisen\.se|in english|other languages|lättläst|teckenspråk|titelbild|följ oss.{0,30}|kontakta oss|" +
        @"(föregående|nästa)( sida| nyhet| artikel)?|visa (fler|alla)( nyheter)?|läs mer|läs hela( \w+)?:?|" +
        @"du är här:?.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    /// <summary>Site-wide notices of outages and delays (telephone lines, post, e-services).</summary>
    [GeneratedRegex(
        @"(?i)(driftstörning|störning(ar)?\s+i|tekniska problem|problem med\s+(utskrifter|telefon|e-tjänst|inloggning)|kan .{0,40}bli fördröjd).{0,160}(telefon|114\s?14|utskrift|försändelse|e-tjänst|webbplats|inloggning|fördröjd)")]
    private static partial Regex Banner();

    [GeneratedRegex(@"(?i)\s*(,\s*)?(länk till annan webbplats[,.]?\s*)?öppnas i (ett )?nytt fönster\.?")]
    private static partial Regex LinkNotice();
}
