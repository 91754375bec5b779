using System.Text.RegularExpressions;
using OpenData.Core.Model;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Whether a document is the löfte itself, news about löften, or a follow-up report. A follow-up says so in its title
/// or address. News is told by its address (/aktuellt/nyheter/), a headline that reports something happening ("Nytt
/// medborgarlöfte i Malå", "Medborgarlöfte 2020 är signerat", "Polisen och Västerås stad förnyar löften"), a press
/// release, or quoted people ("..., säger Maria Bäck"). A page titled as the löfte ("Medborgarlöfte 2022", "Gävle –
/// medborgarlöften") is the löfte even where it opens with a line about its signing.
/// </summary>
public static partial class DocumentKindClassifier
{
    public static DocumentKind Classify(string title, IReadOnlyList<string> lines, string? url)
    {
        var path = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url ?? "";
        if (FollowUp().IsMatch(title) || FollowUpPath().IsMatch(path))
        {
            return DocumentKind.Uppfoljning;
        }
        if (NewsPath().IsMatch(path) || NewsHeadline().IsMatch(title))
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

    [GeneratedRegex(@"(?i)uppföljning|återrapport|lägesrapport|delrapport|halvårsrapport|årsrapport|redovisning\s+av|resultat(en)?\s+av|så\s+gick\s+det|utvärdering")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"(?i)/uppfoljning[-/]|uppfoljning-\d{4}")]
    private static partial Regex FollowUpPath();

    [GeneratedRegex(@"(?i)/(aktuellt/)?nyheter/|/pressmeddelanden?/|/nyhetsarkiv/")]
    private static partial Regex NewsPath();

    [GeneratedRegex(@"(?i)^(nytt|nya|förnyat|förnyade|förnyar|nu\s+(är|har)|i\s+dag)\b|\b(är|har\s+blivit)\s+(signerat|signerade|undertecknat|undertecknade|klart|klara|tecknat|tecknade|förnyat|förlängt|på\s+plats)\b|\b(undertecknade|undertecknas|undertecknat|signerades|signeras|tecknades|tecknas|förnyar|förnyas|förlänger|förlängs|presenterar|presenteras|lanserar|skriver\s+under|skrev\s+under|ska\s+stärka|först\s+ut|satsar|tar\s+fram)\b")]
    private static partial Regex NewsHeadline();

    [GeneratedRegex(@"[,.!?]\s*[-–]?\s*(säger|sa|menar|berättar|konstaterar|avslutar)\s+\p{Lu}\p{Ll}+|\bsäger\s+\p{Lu}\p{Ll}+\s+\p{Lu}")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?i)^(pressmeddelande|pressinbjudan|pressträff)\b")]
    private static partial Regex PressRelease();

    // "Medborgarlöfte 2022", "Medborgarlöften i Kalmar kommun", "Gävle – medborgarlöften", "Medborgarlöfte med polisen".
    [GeneratedRegex(@"(?i)^(medborgarlöfte[nt]?|löfte[nt]?)\b[^.!?]{0,60}$|[–-]\s*medborgarlöften?(\s+20\d\d([-–]20\d\d)?)?\s*$")]
    private static partial Regex LofteTitle();

    [GeneratedRegex(@"(?i)^(publicerad|artikeln publicerades|datum)\b")]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?i)\b(undertecknade|undertecknat|signerade|signerat|tecknade|skrev under|har i dag)\b")]
    private static partial Regex Signing();
}
