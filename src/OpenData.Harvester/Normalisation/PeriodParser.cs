using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Reads the period a löfte covers into calendar years: "Medborgarlöfte 2022-2023", "2023–2024" (en dash),
/// "2023−2026" (minus), "löften för 2017", "1 januari 2020- 31 december 2022". A year near the word medborgarlöfte
/// outranks one elsewhere; dates of publication and of past dialogues are not the period.
/// </summary>
public static partial class PeriodParser
{
    private const int MinYear = 2010;
    private const int MaxYear = 2040;

    public static IReadOnlyList<int> Parse(string title, IEnumerable<string> lines)
    {
        var all = new List<string> { title };
        all.AddRange(lines);

        // 1. A period attached to the word löfte/medborgarlöfte, in the title or a line.
        foreach (var line in all)
        {
            var m = LofteWithPeriod().Match(line);
            if (m.Success)
            {
                return Expand(m.Groups["from"].Value, m.Groups["to"].Value);
            }
        }
        // 2. A range anywhere that is not a date of publication.
        foreach (var line in all.Where(l => !Publication().IsMatch(l)))
        {
            var m = Range().Match(line);
            if (m.Success)
            {
                return Expand(m.Groups["from"].Value, m.Groups["to"].Value);
            }
        }
        // 3. "för 2024", "under 2020", "inför 2019" in a sentence about löften.
        foreach (var line in all.Where(l => l.Contains("löft", StringComparison.OrdinalIgnoreCase)))
        {
            var m = ForYear().Match(line);
            if (m.Success)
            {
                return Expand(m.Groups["from"].Value, "");
            }
        }
        return [];
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
        if (first < MinYear || first > MaxYear || last < first || last - first > 10)
        {
            return first is >= MinYear and <= MaxYear ? [first] : [];
        }
        return Enumerable.Range(first, last - first + 1).ToList();
    }

    private const string Dash = @"\s*[-–—−]\s*";

    [GeneratedRegex(@"(?i)(?:medborgar)?löfte(?:t|n|na|ts)?\s+(?:för\s+|under\s+|år\s+)?(?:perioden\s+)?(?<from>20\d\d)(?:" + Dash + @"(?<to>20\d\d|\d\d)(?!\d))?")]
    private static partial Regex LofteWithPeriod();

    [GeneratedRegex(@"(?<!\d[-/.])(?<from>20\d\d)" + Dash + @"(?<to>20\d\d)(?!\d|-\d)")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?i)\b(?:för|under|inför|gäller)\s+(?:år\s+)?(?<from>20\d\d)\b")]
    private static partial Regex ForYear();

    [GeneratedRegex(@"(?i)(publicerad|uppdaterad|artikeln publicerades)")]
    private static partial Regex Publication();
}
