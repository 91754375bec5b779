using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Whether a sentence says no more than the löfte's overall purpose ("Polisen och kommunen lovar att arbeta för att
/// öka tryggheten och minska brottsligheten genom de aktiviteter som anges nedan", "ska verka för att göra Eskilstuna
/// till en trygg kommun att bo och leva i", an aim "minska brottsligheten"): an umbrella over the promises, not one of
/// them. It is told by its words: every one is a party, a place, a frame word (lovar, ska, arbeta för att) or a word of
/// safety and crime in general; a sentence that names anything to be done, a group, a crime or a place inside the kommun
/// ("minska våld i offentlig miljö", "öka tryggheten i centrum") is more than that.
/// </summary>
public sealed partial class OverallPurpose(PlaceNameIndex places)
{
    /// <summary>The words of the lokalpolisområden's names ("norra Lappland"): the party, not a place inside the kommun.</summary>
    private readonly HashSet<string> _areaWords = places.LokalpolisomradeNames
        .SelectMany(n => n.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> GeneralWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // the parties and the löfte itself
        "polisen", "polis", "kommunen", "kommun", "stad", "staden", "stadens", "kommunens", "polisens", "vi", "parterna",
        "aktörer", "aktörerna", "näringslivet", "föreningslivet", "förenings-", "löften", "löftet", "löftena",
        "medborgarlöften", "medborgarlöftet", "medborgarlöftena", "medborgarlöfte", "aktiviteter", "aktiviteterna",
        "lokalpolisområde", "lokalpolisområdet", "förnyat", "förnyade", "fokusområden", "fokusområdena", "utifrån",
        "tagits", "fram", "framtagna", "sedan",
        // the frame of a commitment
        "lovar", "att", "ska", "skall", "kommer", "arbeta", "verka", "för", "tillsammans", "gemensamt", "med", "och",
        "samt", "även", "både", "också", "fortsätta", "genom", "som", "anges", "nedan", "följande", "nedanstående",
        "inom", "ramen", "under", "år", "året", "detta", "dessa", "här", "sitt", "sina", "sin", "vår", "våra", "nya",
        "två", "tre", "fyra", "fem", "sex",
        // safety and crime in general
        "öka", "ökad", "ökade", "höja", "stärka", "minska", "minskad", "minskade", "förbättra", "skapa", "bidra", "göra",
        "vara", "känna", "sig", "upplevd", "upplevda", "upplevs", "trygghet", "tryggheten", "trygg", "trygga", "tryggt",
        "tryggare", "otrygghet", "otryggheten", "förebygga", "förtroende", "förtroendet", "verkar", "säker", "säkra", "säkert", "säkrare", "säkerheten", "inkluderande",
        "brott", "brotten", "brottslighet", "brottsligheten", "brottsförebyggande", "trygghetsskapande", "arbetet",
        "arbete", "syfte", "syftet", "övergripande", "mål", "målet",
        // the people and the place as a whole
        "den", "det", "de", "en", "ett", "till", "i", "på", "norra", "södra", "västra", "östra", "mellersta", "centrala", "hela", "alla", "mer", "plats", "platser", "bo", "leva",
        "vistas", "invånarna", "invånarnas", "invånare", "medborgarna", "medborgarnas", "medborgare", "boende",
        "besökare", "samhället", "samhälle",
    };

    /// <summary><see cref="GeneralWords"/> looked up by span: every candidate promise asks for each of its words.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GeneralWordsBySpan = GeneralWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsUmbrella(string text)
    {
        if (!SafetyOrCrime().IsMatch(text))
        {
            return false;
        }
        var any = false;
        foreach (var m in Word().EnumerateMatches(text))
        {
            any = true;
            var word = text.AsSpan(m.Index, m.Length);
            // A year is the löfte's period; a kommun's name (or a party's: "Malmöpolisen", "Region Gotland") is the whole.
            if (IsDigits(word) || GeneralWordsBySpan.Contains(word) || IsWholeKommunOrParty(word.ToString()))
            {
                continue;
            }
            return false;
        }
        return any;
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsWholeKommunOrParty(string word) =>
        char.IsUpper(word[0]) && (places.IsKommunName(word) || (word.EndsWith('s') && places.IsKommunName(word[..^1])) || _areaWords.Contains(word) ||
                                  word.EndsWith("polisen", StringComparison.Ordinal) || word is "Region" or "Polismyndigheten" or "Räddningstjänsten");

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?i)trygg|brott|säker")]
    private static partial Regex SafetyOrCrime();
}
