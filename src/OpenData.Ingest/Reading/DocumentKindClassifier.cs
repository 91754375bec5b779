using System.Text.RegularExpressions;
using OpenData.Core.Model;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Whether a document is the löfte itself, news about löften, or a follow-up report. A follow-up says so in its title
/// or address. News is told by its address (/aktuellt/nyheter/), a headline that reports something happening ("Nytt
/// medborgarlöfte i Malå", "Medborgarlöfte 2020 är signerat", "Polisen och Västerås stad förnyar löften"), a press
/// release, or quoted people ("..., säger Maria Bäck"). A page titled as the löfte ("Medborgarlöfte 2022", "Gävle –
/// medborgarlöften") is the löfte even where it opens with a line about its signing, unless that line tells the signing
/// as an event of the day ("I måndags signerade ...", "Nytt medborgarlöfte har undertecknats", "har skrivit på årets
/// medborgarlöften"). A report is also told by its lists: items that say what has been done ("Belysningen har bytts
/// ut", "Kamerabevakning har installerats") rather than what will be.
/// </summary>
public static partial class DocumentKindClassifier
{
    /// <param name="title">The document's own heading.</param>
    /// <param name="blocks">The rest of its text, in order.</param>
    /// <param name="url">The address it was read from, where known.</param>
    public static DocumentKind Classify(string title, IReadOnlyList<TextBlock> blocks, string? url)
    {
        var lines = blocks.Select(b => b.Text).ToList();
        var path = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url ?? "";
        if (FollowUp().IsMatch(title) || FollowUpPath().IsMatch(path) || ListsReportDone(blocks))
        {
            return DocumentKind.Uppfoljning;
        }
        if (NewsPath().IsMatch(path) || NewsHeadline().IsMatch(title) || PressRelease().IsMatch(title))
        {
            return DocumentKind.Nyhet;
        }
        var opening = blocks.Where(b => b.Kind == BlockKind.Paragraph).Take(4).SelectMany(b => Sentences.Split(b.Text));
        if (opening.Any(s => Signing().IsMatch(s) && (Deictic().IsMatch(s) || NewLofte().IsMatch(s))))
        {
            return DocumentKind.Nyhet;
        }
        var quotes = lines.Any(l => Quote().IsMatch(l));
        var pressRelease = lines.Any(l => PressRelease().IsMatch(l));
        if (quotes || pressRelease)
        {
            return DocumentKind.Nyhet;
        }
        if (LofteTitle().IsMatch(title))
        {
            return DocumentKind.Lofte;
        }
        // A page under another title that reports a signing in its opening lines and states when it was published.
        var dated = lines.Take(6).Any(l => Dated().IsMatch(l));
        var reportsSigning = lines.Take(6).Any(l => Signing().IsMatch(l));
        return dated && reportsSigning ? DocumentKind.Nyhet : DocumentKind.Lofte;
    }

    /// <summary>
    /// Most items of the document's lists (four or more) tell what has been done, in the perfect or the past passive:
    /// the document reports on a löfte.
    /// </summary>
    private static bool ListsReportDone(IReadOnlyList<TextBlock> blocks)
    {
        var items = blocks.Where(b => b.Kind == BlockKind.ListItem && !b.IsDashed).Select(b => b.Text).ToList();
        return items.Count >= 4 && items.Count(SwedishTense.IsReportedDone) * 2 > items.Count;
    }

    // A day the reader shares with the writer: "i dag", "i måndags", "nu", "årets", "fredag 10 februari".
    [GeneratedRegex(@"(?i)\b(i\s*dag|i\s*går|i\s+(mån|tis|ons|tors|fre|lör|sön)dags|(i\s+)?förra\s+veckan|i\s+veckan|nu|årets|(mån|tis|ons|tors|fre|lör|sön)dag(en)?(\s+den)?\s+\d{1,2})\b")]
    private static partial Regex Deictic();

    [GeneratedRegex(@"(?i)\b(nytt|nya|förnyat|förnyade)\s+(\p{L}+\s+)?(medborgar)?löften?a?\b")]
    private static partial Regex NewLofte();

    [GeneratedRegex(@"(?i)uppföljning|avslutade\s+(medborgar)?löften|genomförda\s+(åtgärder|aktiviteter|insatser)|återrapport|lägesrapport|delrapport|halvårsrapport|årsrapport|redovisning\s+av|resultat(en)?\s+av|så\s+gick\s+det|utvärdering")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"(?i)/uppfoljning[-/]|uppfoljning-\d{4}")]
    private static partial Regex FollowUpPath();

    [GeneratedRegex(@"(?i)/(aktuellt/)?nyheter/|/pressmeddelanden?/|/nyhetsarkiv/")]
    private static partial Regex NewsPath();

    [GeneratedRegex(@"(?i)^(nytt|nya|förnyat|förnyade|förnyar|nu\s+(är|har)|i\s+dag)\b|\b(är|har\s+blivit)\s+(signerat|signerade|undertecknat|undertecknade|klart|klara|tecknat|tecknade|förnyat|förlängt|på\s+plats)\b|\b(undertecknade|undertecknas|undertecknat|signerades|signeras|tecknades|tecknas|förnyar|förnyas|förlänger|förlängs|presenterar|presenteras|lanserar|skriver\s+under|skrev\s+under|ska\s+stärka|först\s+ut|satsar|tar\s+fram)\b")]
    private static partial Regex NewsHeadline();

    [GeneratedRegex(@"[,.!?]\s*[-–]?\s*(säger|sa|menar|berättar|konstaterar|avslutar)\s+\p{Lu}\p{Ll}+|\bsäger\s+\p{Lu}\p{Ll}+\s+\p{Lu}|^/\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?i)^(pressmeddelande|pressinbjudan|pressträff)\b")]
    private static partial Regex PressRelease();

    // "Medborgarlöfte 2022", "Medborgarlöften i Kalmar kommun", "Gävle – medborgarlöften", "Medborgarlöfte med polisen".
    [GeneratedRegex(@"(?i)^(medborgarlöfte[nt]?|löfte[nt]?)\b[^.!?]{0,60}$|[–-]\s*medborgarlöften?(\s+20\d\d([-–]20\d\d)?)?\s*$")]
    private static partial Regex LofteTitle();

    [GeneratedRegex(@"(?i)^(publicerad|artikeln publicerades|datum)\b")]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?i)\b(undertecknade|undertecknat|undertecknats|signerade|signerat|signerats|tecknade|tecknat|tecknats|skrev\s+(under|på)|skrivit\s+(under|på)|förnyade|förnyat|förnyats|har\s+i\s+dag)\b")]
    private static partial Regex Signing();
}
