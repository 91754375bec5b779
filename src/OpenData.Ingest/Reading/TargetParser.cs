using System.Text.RegularExpressions;
using OpenData.Core.Model;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Reads the numbers a promise binds itself to: "minst 4 riktade trafikinsatser under året" (4 per år), "2
/// gånger/år", "fem trygghetsvandringar per termin", "Under 2020 ska tre informationsinsatser" (3 per år), "en gång
/// i veckan", and stated frequencies without a count: "varje vecka", "varje onsdag" (1 per vecka), "den årliga
/// trygghetsvandringen" (1 per år), "varje tertial" (3 per år). Years, dates, ages, durations, school years and
/// section numbers are not targets; "varannan vecka" fits no period and gives none.
/// </summary>
public static partial class TargetParser
{
    /// <summary>Words after a number that make it an age, a duration, a sum or a date rather than a count.</summary>
    private static readonly HashSet<string> NotCounted =
    [
        "år", "års", "åring", "åringar", "årig", "åriga", "månader", "månaders", "veckor", "veckors", "dagar", "dagars", "dag",
        "timmar", "timme", "timmars", "minuter", "minuters", "min", "sekunder", "kr", "kronor", "tkr", "mkr", "miljoner", "miljarder",
        "kap", "kapitlet", "och", "eller", "till", "av", "i", "på", "från", "om", "per", "gången", "procentenheter", "meter", "km",
        "kilometer", "personer", "invånare", "kommuner", "kommunerna",
    ];

    /// <summary>Words before a number that make it a label (årskurs 8, kapitel 3, vecka 32) rather than a count.</summary>
    private static readonly HashSet<string> Labels =
        ["årskurs", "åk", "klass", "kap", "kapitel", "nr", "nummer", "kl", "klockan", "sida", "punkt", "steg", "vecka", "år", "paragraf", "§", "lss", "fas", "etapp", "område", "zon", "väg", "linje", "buss", "över", "under", "från", "mellan", "version"];

    public static IReadOnlyList<TargetReading> Parse(string text)
    {
        var targets = new List<TargetReading>();
        foreach (var sentence in Sentences.Split(text))
        {
            var frequencies = Frequencies(sentence);
            var counted = false;
            foreach (Match m in Count().Matches(sentence))
            {
                if (ReadCount(sentence, m) is not { } count)
                {
                    continue;
                }
                counted = true;
                var unitEnd = m.Groups["unit"].Index + m.Groups["unit"].Length;
                var usable = frequencies.Where(f => !f.Alternate).ToList();
                var frequency = usable.FirstOrDefault(f => f.Index >= m.Index && f.Index <= unitEnd + 3)
                                ?? usable.MinBy(f => Math.Abs(f.Index - m.Index));
                var unit = Unit(m.Groups["unit"].Value);
                targets.Add(new TargetReading(count * (frequency?.Multiplier ?? 1), frequency?.Per, unit));
            }
            if (!counted && frequencies.FirstOrDefault(f => f.Every && !f.Alternate) is { } every)
            {
                targets.Add(new TargetReading(every.Multiplier, every.Per, null));
            }
        }
        return targets.DistinctBy(t => (t.Count, t.Per, t.Unit)).ToList();
    }

    private static int? ReadCount(string sentence, Match m)
    {
        var word = m.Groups["n"].Value.ToLowerInvariant();
        var quantifier = m.Groups["q"].Success;
        var unit = m.Groups["unit"].Value.Trim();
        var unitWords = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var firstUnitWord = unitWords.Length > 0 ? unitWords[0].ToLowerInvariant() : "";
        if (word is "en" or "ett" && !quantifier && firstUnitWord is not ("gång" or "gånger" or "tillfälle"))
        {
            return null;
        }
        if (word is "sex" && firstUnitWord is "och" or "eller" or "mot" or "i")
        {
            return null; // the word, not the number
        }
        var number = SwedishNumbers.Parse(word.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal));
        if (number is null or <= 0 or > 10000 || (word.Length == 4 && number is >= 1900 and <= 2100))
        {
            return null;
        }
        var before = PreviousWord(sentence, m.Index);
        if (!quantifier && Labels.Contains(before))
        {
            return null;
        }
        if (firstUnitWord.Length == 0 || NotCounted.Contains(firstUnitWord) || SwedishMonths.Parse(firstUnitWord) is not null)
        {
            return null; // a count counts something: "minst 20" alone, "20 år", "3 mars" are no targets
        }
        return number;
    }

    private static string PreviousWord(string sentence, int index)
    {
        var before = sentence[..index].TrimEnd();
        var at = before.LastIndexOfAny([' ', '(', ',']);
        return before[(at + 1)..].TrimEnd('.', ':').ToLowerInvariant();
    }

    /// <summary>The counted thing: the words after the number, without "stycken", up to the next preposition.</summary>
    private static string? Unit(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] is "stycken" or "st" or "st.")
        {
            words.RemoveAt(0);
        }
        var unit = string.Join(' ', words).Trim(' ', ',', '.', ';', ':');
        return unit.Length > 0 ? unit : null;
    }

    private sealed record Frequency(int Index, TargetPeriod? Per, int Multiplier, bool Every, bool Alternate);

    private static List<Frequency> Frequencies(string sentence)
    {
        var found = new List<Frequency>();
        foreach (Match m in FrequencyPhrase().Matches(sentence))
        {
            var phrase = m.Value.ToLowerInvariant();
            var alternate = phrase.StartsWith("varann", StringComparison.Ordinal) || phrase.StartsWith("vartann", StringComparison.Ordinal);
            var every = phrase.StartsWith("varje", StringComparison.Ordinal) || phrase.StartsWith("årlig", StringComparison.Ordinal) ||
                        phrase.EndsWith("vis", StringComparison.Ordinal) || phrase.StartsWith("månatlig", StringComparison.Ordinal) || alternate;
            var (per, multiplier) = Period(m.Groups["p"].Value.ToLowerInvariant());
            found.Add(new Frequency(m.Index, per, multiplier, every, alternate));
        }
        return found;
    }

    /// <summary>The period a word names, and how many of it make one: a tertial is a third of a year.</summary>
    private static (TargetPeriod? Per, int Multiplier) Period(string word) => word switch
    {
        _ when word.StartsWith("tertial", StringComparison.Ordinal) => (TargetPeriod.Ar, 3),
        _ when word.StartsWith("kvartal", StringComparison.Ordinal) => (TargetPeriod.Ar, 4),
        _ when word.StartsWith("halvår", StringComparison.Ordinal) => (TargetPeriod.Ar, 2),
        _ when word.Contains("termin", StringComparison.Ordinal) => (TargetPeriod.Termin, 1),
        _ when word.StartsWith("månad", StringComparison.Ordinal) || word.StartsWith("månatlig", StringComparison.Ordinal) => (TargetPeriod.Manad, 1),
        _ when word.StartsWith("veck", StringComparison.Ordinal) || word.EndsWith("dag", StringComparison.Ordinal) => (TargetPeriod.Vecka, 1),
        _ when word.StartsWith("period", StringComparison.Ordinal) || word.StartsWith("löftesperiod", StringComparison.Ordinal) => (null, 1),
        _ => (TargetPeriod.Ar, 1), // år, året, årligen, årlig, läsår, a season ("varje höst"), a year named outright ("under 2020")
    };

    [GeneratedRegex(
        @"(?i)(?<![\p{L}\d.,:/-])(?:(?<q>minst|högst|max|maximalt|cirka|ca\.?|drygt|åtminstone|totalt|sammanlagt|ytterligare|upp\s+till)\s+)?" +
        @"(?<n>\d{1,3}(?:[ \u00A0]\d{3})+|\d{1,4}|tvåhundra|trehundra|tusen|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|en|ett)" +
        @"(?![\p{L}\d]|[.,:]\d|\s*[-–—]\s*\d)" +
        @"(?<unit>(?:\s+(?!(?:i|på|per|under|med|mot|för|som|vid|där|varav|och|att|ska|skall|om|till|av|inom|kring|hos|från|genom|varje|under|samt|eller|kommer|utifrån|runt|efter)\b)[\p{L}][\p{L}\-]*){0,4})")]
    private static partial Regex Count();

    [GeneratedRegex(
        @"(?i)(?:" +
        @"(?:gånger|gång|ggr\.?|tillfällen)?\s*(?:/|per\s+)(?<p>år|läsår|termin|skoltermin|månad|vecka|kvartal|tertial|halvår)\b" +
        @"|(?:i|om)\s+(?<p>året|månaden|veckan|terminen)\b" +
        @"|under\s+(?:hela\s+)?(?<p>året|läsåret|terminen|perioden|löftesperioden|20\d\d)\b(?![-–−]\d)" +
        @"|(?:varje|varannan|vartannat)\s+(?<p>år|skoltermin|termin|månad|vecka|kvartal|tertial|halvår|läsår|höst|vår|sommar|vinter|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\b" +
        @"|(?<p>årligen|årlig|årliga|årligt|månatligen|veckovis|månadsvis|kvartalsvis|halvårsvis|terminsvis)\b" +
        @")")]
    private static partial Regex FrequencyPhrase();
}
