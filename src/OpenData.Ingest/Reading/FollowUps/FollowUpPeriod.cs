using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// The period a follow-up covers, as its title writes it ("maj-dec 2018", "Uppföljning 2020"), else the years the
/// document is tied to; with its last day, so that reports of one promise can be put in order.
/// </summary>
public static partial class FollowUpPeriod
{
    public static (string? Period, DateOnly? CoversUntil) Of(string title, IReadOnlyList<int> years)
    {
        var months = MonthSpan().Match(title);
        if (months.Success && int.TryParse(months.Groups["year"].Value, CultureInfo.InvariantCulture, out var y))
        {
            var last = months.Groups["to"].Success ? months.Groups["to"].Value : months.Groups["from"].Value;
            var month = SwedishMonths.Parse(last.ToLowerInvariant()) ?? 12;
            return (months.Value.Trim(), new DateOnly(y, month, DateTime.DaysInMonth(y, month)));
        }
        var span = YearSpan().Match(title);
        if (span.Success)
        {
            var lastYear = int.Parse(span.Groups["to"].Success ? span.Groups["to"].Value : span.Groups["from"].Value, CultureInfo.InvariantCulture);
            return (span.Value.Replace(" ", "", StringComparison.Ordinal).Replace('-', '–'), new DateOnly(lastYear, 12, 31));
        }
        if (years.Count == 0)
        {
            return (null, null);
        }
        var (first, end) = (years.Min(), years.Max());
        return (first == end ? first.ToString(CultureInfo.InvariantCulture) : $"{first}–{end}", new DateOnly(end, 12, 31));
    }

    [GeneratedRegex(@"(?i)\b(?<from>" + SwedishMonths.Pattern + @")\.?(\s*[-–]\s*(?<to>" + SwedishMonths.Pattern + @")\.?)?\s+(?<year>(19|20)\d{2})\b")]
    private static partial Regex MonthSpan();

    [GeneratedRegex(@"\b(?<from>(19|20)\d{2})(\s*[-–]\s*(?<to>(19|20)\d{2}))?\b")]
    private static partial Regex YearSpan();
}
