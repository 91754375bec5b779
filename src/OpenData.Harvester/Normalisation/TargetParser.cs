using System.Text.RegularExpressions;
using OpenData.Harvester.Contract;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Reads the numbers a promise binds itself to: "minst 4 riktade trafikinsatser under året" (4 per år), "2
/// gånger/år", "fem trygghetsvandringar per termin", "varje vecka" (1 per vecka). Years, dates, ages and section
/// numbers are not targets.
/// </summary>
public static partial class TargetParser
{
    public static IReadOnlyList<ExtractedTarget> Parse(string text)
    {
        var per = Frequency(text);
        var targets = new List<ExtractedTarget>();
        foreach (Match m in Count().Matches(text))
        {
            var number = SwedishNumbers.Parse(m.Groups["n"].Value);
            if (number is null or <= 0 || number > 10000)
            {
                continue;
            }
            var unit = m.Groups["unit"].Value.Trim();
            var firstWord = unit.Split(' ')[0].ToLowerInvariant();
            if (NotCounted.Contains(firstWord) || SwedishMonths.Parse(firstWord) is not null)
            {
                continue;
            }
            var slash = SlashFrequency().Match(text[(m.Index + m.Length)..]);
            targets.Add(new ExtractedTarget(number.Value, slash.Success ? PerWord(slash.Groups["per"].Value) : per, unit.Length > 0 ? unit : null));
        }
        if (targets.Count == 0)
        {
            var every = Every().Match(text);
            if (every.Success)
            {
                targets.Add(new ExtractedTarget(1, PerWord(every.Groups["per"].Value), null));
            }
        }
        return targets;
    }

    /// <summary>The period a sentence counts over: "under året" and "/år" are år.</summary>
    private static string? Frequency(string text)
    {
        var m = PerPhrase().Match(text);
        return m.Success ? PerWord(m.Groups["per"].Value) : null;
    }

    private static string PerWord(string word)
    {
        var w = word.ToLowerInvariant();
        return w.StartsWith("år", StringComparison.Ordinal) ? "år"
            : w.StartsWith("termin", StringComparison.Ordinal) ? "termin"
            : w.StartsWith("månad", StringComparison.Ordinal) ? "månad"
            : w.StartsWith("veck", StringComparison.Ordinal) ? "vecka"
            : w;
    }

    /// <summary>Words after a number that make it an age, a duration, a share or a date rather than a count.</summary>
    private static readonly HashSet<string> NotCounted =
        ["år", "års", "åring", "åringar", "procent", "%", "kr", "kronor", "timmar", "timme", "minuter", "dagar", "dag", "veckor", "månader", "kap", "kap.", "§", "och", "eller", "av", "till", "på", "i"];

    private static string CountWords => string.Join("|", SwedishNumbers.CountWords);

    [GeneratedRegex(@"(?i)(?<![\d.,:/-])(?<n>\d{1,4}|tv[åa]|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo)(?![\d.,:/-]\d)\s+(?<unit>(?:[\p{L}\-]+\s*){1,3}?)(?=[\s,.;:)/]|$)(?!\d)")]
    private static partial Regex Count();

    [GeneratedRegex(@"(?i)(?:under\s+(?:hela\s+)?(?<per>året)|per\s+(?<per>år|termin|månad|vecka)|/\s*(?<per>år|termin|månad|vecka)|varje\s+(?<per>år|termin|månad|vecka)|i\s+(?<per>månaden|veckan)|om\s+(?<per>året)|(?<per>årligen))")]
    private static partial Regex PerPhrase();

    [GeneratedRegex(@"^\s*(?:gånger|gång|ggr|tillfällen)?\s*(?:/|per\s+|i\s+)(?<per>år|termin|månad|vecka|året|terminen|månaden|veckan)")]
    private static partial Regex SlashFrequency();

    [GeneratedRegex(@"(?i)\b(?:varje|en gång (?:i|per))\s+(?<per>vecka|veckan|månad|månaden|termin|år)\b")]
    private static partial Regex Every();
}
