using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// The numbers a report says were done, beside the verb that says so: "har utfört 301 trafikkontroller",
/// "genomfört tio tillsyner av serveringstillstånd", "12 trafikinsatser genomförda". A number without such a verb
/// ("1,23 kontroller/dag", "under 2018", "tre av fyra löften") is not a count of what was done.
/// </summary>
public static partial class ReportedCounts
{
    public static IReadOnlyList<ReportedCount> In(string text)
    {
        var counts = new List<ReportedCount>();
        foreach (Match m in VerbFirst().Matches(text).Concat(CountFirst().Matches(text)).OrderBy(m => m.Index))
        {
            if (SwedishNumbers.Parse(m.Groups["n"].Value) is not { } n || n is >= 1900 and <= 2100)
            {
                continue;
            }
            var unit = m.Groups["unit"].Value.Trim();
            if (!counts.Any(c => c.Count == n && c.Unit == unit))
            {
                counts.Add(new ReportedCount(n, unit));
            }
        }
        return counts;
    }

    private const string Number = @"(?<![\d,.])(?<n>\d{1,6}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|hundra)(?![\d]|[,.]\d)";
    private const string Unit = @"(?<unit>\p{L}[\p{L}\-/]*(\s+(av|med|på|för|mot)\s+\p{L}[\p{L}\-]*)?)";

    [GeneratedRegex(@"(?i)\b(utfört|genomfört|genomförts|gjort|hållit|haft|delat\s+ut|besökt|anordnat|arrangerat)\s+(totalt\s+|sammanlagt\s+|cirka\s+|ca\s+|drygt\s+|över\s+|hela\s+)?" + Number + @"\s+" + Unit)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"(?i)" + Number + @"\s+" + @"(?<unit>\p{L}[\p{L}\-/]*(\s+(av|med|på|för|mot)\s+\p{L}[\p{L}\-]*)?)" + @"\s+(har\s+)?(genomförts|genomförda|genomfördes|utförts|utförda|utfördes|gjorts|gjordes|hölls|hållits|anordnats)\b")]
    private static partial Regex CountFirst();
}
