using System.Text.RegularExpressions;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Lines that belong to the site around a page, not to its content: search boxes, menus, "JavaScript is off",
/// "Till toppen", outage banners, link notices. Dumps of pages and sloppy HTML keep them as text.
/// </summary>
public static partial class SiteChrome
{
    public static bool IsChrome(string text) => Chrome().IsMatch(text.Trim());

    public static IReadOnlyList<TextBlock> Remove(IEnumerable<TextBlock> blocks) =>
        blocks.Where(b => !IsChrome(b.Text)).ToList();

    [GeneratedRegex(
        @"^(sök|sök på polisen\.se|stäng meny|meny|till toppen|till sidans topp|hoppa till (huvud)?innehåll(et)?|dela( sidan)?|skriv ut|lyssna|" +
        @"javascript är inte påslaget.*|.*(cookies|kakor)\b.*(använder|godkänn|acceptera).*|" +
        @"länk till annan webbplats.*|öppnas i nytt fönster\.?|senast (uppdaterad|ändrad).{0,40}|sidan uppdaterades.{0,40}|" +
        @".*driftstörning.*telefon.*|.*telefon.*driftstörning.*|polisen\.se|in english|other languages|lättläst|teckenspråk)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();
}
