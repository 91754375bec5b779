using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Whether a document is the löfte itself, news about löften, or a follow-up report, from its title and the cues of
/// its text: a follow-up says so; news is dated, quotes people ("säger") or reports a signing.
/// </summary>
public static partial class DocumentKindClassifier
{
    public const string Lofte = "lofte";
    public const string Nyhet = "nyhet";
    public const string Uppfoljning = "uppfoljning";

    public static string Classify(string title, IReadOnlyList<string> lines, string? url)
    {
        if (FollowUp().IsMatch(title))
        {
            return Uppfoljning;
        }
        if (url is not null && url.Contains("/aktuellt/nyheter/", StringComparison.OrdinalIgnoreCase))
        {
            return Nyhet;
        }
        if (NewsTitle().IsMatch(title))
        {
            return Nyhet;
        }
        var quotes = lines.Count(l => Quote().IsMatch(l));
        var dated = lines.Take(8).Any(l => Dated().IsMatch(l));
        return quotes > 0 || dated ? Nyhet : Lofte;
    }

    [GeneratedRegex(@"(?i)uppföljning|återrapport|lägesrapport|resultat av")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"(?i)(nytt|nya|förnyat|förnyade|förnyar)\s+(medborgar)?löfte|undertecknad|undertecknat|undertecknar|signerat|signerad|skriver under|förlänger|förlängs|presenterar")]
    private static partial Regex NewsTitle();

    [GeneratedRegex(@"(?i)[,–-]\s*säger\s+\p{Lu}|säger\s+\p{Lu}[\p{Ll}]+\s+\p{Lu}")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?i)^(publicerad|artikeln publicerades|pressmeddelande)")]
    private static partial Regex Dated();
}
