using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Reads the period a löfte covers into calendar years, from every form published text uses: "2023–2024" (en dash),
/// "2023−2026" (minus), "2019 - 2022", "2019-22", "1 januari 2020- 31 december 2022", "2022-01-01 - 2023-12-31",
/// "från 2018 till och med 2020", "löper fram till 1 augusti 2022" (the end only), "Gäller från våren 2017",
/// "från 2019 och tills vidare", "hösten 2015", "gäller under hela 2019", "löften för 2017". A statement of what the
/// löfte covers ("gäller", "löper", "perioden") outranks the title, which outranks a year beside the word löfte;
/// years of publication, of past dialogues and of dates in passing are not the period. Where the text says nothing
/// else, the years its promises name ("under 2019") are the period.
/// </summary>
public static partial class PeriodParser
{
    private const int MinYear = 2010;
    private const int MaxYear = 2040;
    private const int LongestPeriod = 6;

    /// <param name="title">The document's own heading.</param>
    /// <param name="lines">Its other blocks, in order.</param>
    /// <param name="promises">The promises read from it, for the years they name where nothing else does.</param>
    /// <param name="warnings">Where dates that do not exist are reported.</param>
    public static IReadOnlyList<int> Parse(string title, IReadOnlyList<string> lines, IReadOnlyList<string> promises, ICollection<string> warnings)
    {
        foreach (var line in lines)
        {
            SwedishDates.ReportInvalid(line, warnings);
        }
        // A sentence about the next löfte ("Nytt medborgarlöfte kommer att tecknas under hösten 2018") dates that one.
        var sentences = lines.Where(l => !Publication().IsMatch(l)).SelectMany(Sentences.Split).Where(s => !NextLofte().IsMatch(s)).ToList();

        var inTitle = Period(title, validity: false);
        // 1. What the löfte says of its own period; a sentence that gives several ("för Umeå 2023-2024 och för övriga
        // kommuner 2023-2025") speaks of several löften and does not decide.
        foreach (var sentence in sentences.Where(s => Validity().IsMatch(s) && !PastEvent().IsMatch(s) && Range().Matches(s).Count < 2))
        {
            if (Period(sentence, validity: true) is { Count: > 0 } stated)
            {
                // "ska gälla fram till och med 2023" under the title "Medborgarlöfte 2022-2023": the end, of the title's period.
                return stated.Count == 1 && !From().IsMatch(sentence) && Until().IsMatch(sentence) && inTitle.Count > 1 && inTitle[^1] == stated[0]
                    ? inTitle : stated;
            }
        }
        // 2. The title ("Medborgarlöfte 2022-2023", "Uppföljning av medborgarlöften i Luleå, maj-juli 2018").
        if (inTitle.Count > 0)
        {
            return inTitle;
        }
        // 3. A year or range beside the word löfte, then a range in a sentence about the löfte.
        foreach (var sentence in sentences)
        {
            var m = BesideLofte().Match(sentence);
            if (m.Success && Expand(m.Groups["from"].Value, m.Groups["to"].Value) is { Count: > 0 } beside)
            {
                return beside;
            }
        }
        foreach (var sentence in sentences.Where(s => (LofteWord().IsMatch(s) || Commitment().IsMatch(s)) && !PastEvent().IsMatch(s)))
        {
            if (Period(sentence, validity: false) is { Count: > 0 } range && (range.Count > 1 || ForYear().IsMatch(sentence)))
            {
                return range;
            }
        }
        // 4. The years the promises themselves name ("Under 2020 ska fem ...", "delta vid invånardialoger under 2019").
        var named = promises.SelectMany(p => ForYear().Matches(p).Select(m => int.Parse(m.Groups["from"].Value)))
            .Where(y => y is >= MinYear and <= MaxYear).Distinct().Order().ToList();
        if (named.Count > 0 && named[^1] - named[0] < LongestPeriod)
        {
            return named;
        }
        // 5. The year the löfte was decided or signed ("I februari 2017 beslutade kommunfullmäktige om hur
        // medborgarlöftena ska se ut"), where nothing else dates it.
        var decided = sentences.Where(s => LofteWord().IsMatch(s) && Decided().IsMatch(s))
            .Select(s => AnyYear().Matches(s).Select(m => int.Parse(m.Groups["from"].Value)).Distinct().ToList())
            .FirstOrDefault(y => y.Count == 1);
        return decided is [var year] && year is >= MinYear and <= MaxYear ? [year] : [];
    }

    /// <summary>The years one sentence gives as a period, or an empty list.</summary>
    private static IReadOnlyList<int> Period(string text, bool validity)
    {
        var dated = DateRange().Match(text);
        if (dated.Success)
        {
            return Expand(dated.Groups["from"].Value, dated.Groups["to"].Value);
        }
        var range = Range().Match(text);
        if (range.Success)
        {
            return Expand(range.Groups["from"].Value, range.Groups["to"].Value);
        }
        var until = Until().Match(text);
        if (until.Success)
        {
            var from = From().Match(text);
            return from.Success && from.Index < until.Index
                ? Expand(from.Groups["from"].Value, until.Groups["to"].Value)
                : Expand(until.Groups["to"].Value, "");
        }
        var start = From().Match(text);
        if (start.Success)
        {
            return Expand(start.Groups["from"].Value, "");
        }
        if (validity)
        {
            // "gäller 2022 och 2023", "förlängs från att gälla 2021 till att även gälla 2022": the years it names.
            var years = AnyYear().Matches(text).Select(m => int.Parse(m.Groups["from"].Value)).Distinct().Order().ToList();
            return years.Count == 0 ? [] : Expand(years[0].ToString(CultureInfo.InvariantCulture), years[^1].ToString(CultureInfo.InvariantCulture));
        }
        var single = TitleYear().Match(text);
        return single.Success ? Expand(single.Groups["from"].Value, "") : [];
    }

    private static IReadOnlyList<int> Expand(string from, string to)
    {
        var first = int.Parse(from);
        var last = to.Length switch
        {
            4 => int.Parse(to),
            2 => first / 100 * 100 + int.Parse(to), // "2019-22"
            _ => first,
        };
        if (first is < MinYear or > MaxYear)
        {
            return [];
        }
        if (last < first || last - first >= LongestPeriod)
        {
            return [first];
        }
        return Enumerable.Range(first, last - first + 1).ToList();
    }

    private const string Dash = @"\s*(?:[-–—−‑]|till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?)\s*";
    private const string Year = @"(?<![\d-])20\d\d(?![\d])";

    /// <summary>Sentences that state the löfte's own period.</summary>
    [GeneratedRegex(@"(?i)\b(gäller|gälla|gällande|löper|period|perioden|avtalsperiod|giltig|giltigt|giltighetstid|sträcker sig|tills?\s?vidare|förläng\w*)\b")]
    private static partial Regex Validity();

    /// <summary>Sentences about something done in the past (dialogues held, a lägesbild made, a signing).</summary>
    [GeneratedRegex(@"(?i)\b(genomfördes|genomförts|gjordes|gjorts|hölls|hållits|genomförde|ombildades|togs fram|tagits fram|undertecknades|tecknades|gällde|har genomfört|har gjort|publicerad\w*)\b")]
    private static partial Regex PastEvent();

    [GeneratedRegex(@"(?i)(publicerad|uppdaterad|artikeln publicerades|senast ändrad)")]
    private static partial Regex Publication();

    [GeneratedRegex(@"(?i)\b(lovar|ska|skall|kommer\s+\w*\s*att|åtar)\b")]
    private static partial Regex Commitment();

    [GeneratedRegex(@"(?i)\b(nytt|nya|nästa|kommande)\s+(medborgar)?löften?a?\s+(kommer\s+att|ska|skall)\s+(\p{L}+\s+){0,2}?(tecknas|tas\s+fram|undertecknas|tecknas|arbetas\s+fram|tas)\b|\b(nästa|kommande)\s+(medborgar)?löfte")]
    private static partial Regex NextLofte();

    [GeneratedRegex(@"(?i)löft|åtagande")]
    private static partial Regex LofteWord();

    [GeneratedRegex(@"(?i)\b(beslutade|beslutades|antogs|antog|fastställdes|undertecknades|tecknades|signerades)\b")]
    private static partial Regex Decided();

    // "1 januari 2020- 31 december 2022", "2022-01-01 - 2023-12-31"
    [GeneratedRegex(@"(?i)(?:\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+(?<from>20\d\d)|(?<from>20\d\d)-\d{2}-\d{2})" + Dash + @"(?:\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+(?<to>20\d\d)|(?<to>20\d\d)-\d{2}-\d{2})")]
    private static partial Regex DateRange();

    // "2023–2024", "2023−2026", "2019 - 2022", "från 2018 till och med 2020", "2019-22"; not "2022-01-01".
    [GeneratedRegex(@"(?<from>" + Year + @")" + Dash + @"(?<to>20\d\d|\d\d)(?![\d-]|\s*-\s*\d)")]
    private static partial Regex Range();

    // "till och med 2022", "löper fram till 1 augusti 2022", "t.o.m. 31 december 2023"
    [GeneratedRegex(@"(?i)\b(?:fram\s+till|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|senast)\s+(?:den\s+)?(?:\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+|(?:utgången\s+av|slutet\s+av)\s+)?(?<to>20\d\d)\b")]
    private static partial Regex Until();

    // "från 2019", "från och med 2021", "Gäller från våren 2017", "fr.o.m. 1 januari 2020"
    [GeneratedRegex(@"(?i)\b(?:från(?:\s+och\s+med)?|fr\.?\s?o\.?\s?m\.?|from)\s+(?:den\s+)?(?:\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+|(?:våren|hösten|sommaren|vintern|årsskiftet|början\s+av|år)\s+)?(?<from>20\d\d)\b")]
    private static partial Regex From();

    [GeneratedRegex(@"(?<from>" + Year + @")")]
    private static partial Regex AnyYear();

    // A year in a title that is not a day's date: "Medborgarlöfte 2020", "maj-juli 2018", "hösten 2015".
    [GeneratedRegex(@"(?i)(?<![\d-]|\d\s|\d\s+(?:" + SwedishMonths.Pattern + @")\.?\s+)(?<from>20\d\d)(?![\d-])")]
    private static partial Regex TitleYear();

    // "Medborgarlöfte 2021-2022", "medborgarlöften för 2017", "Medborgarlöften i Kalmar 2016-2017",
    // "Medborgarlöfte Sölvesborgs kommun och Polismyndigheten 2022-2023"; not "löftet undertecknades i mars 2016".
    [GeneratedRegex(@"(?i)(?<![\p{L}])(?:medborgar)?löfte\w*\s+(?:(?!(?:" + SwedishMonths.Pattern + @")\b)[\p{L}]+\s+){0,5}?(?:hösten\s+|våren\s+|år\s+)?(?<from>" + Year + @")(?:" + Dash + @"(?<to>20\d\d|\d\d)(?![\d-]))?")]
    private static partial Regex BesideLofte();

    // "för 2024", "under 2020", "inför 2019", "under hela 2019", "för år 2020", "under hösten 2015"
    [GeneratedRegex(@"(?i)\b(?:för|under|inför|gäller)\s+(?:hela\s+)?(?:år\s+|(?:våren|hösten|sommaren|vintern)\s+)?(?<from>20\d\d)\b(?![-–−]\d)")]
    private static partial Regex ForYear();
}
