using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Finds when a page says it was published: "Publicerad 2020-02-24 11:16", "Artikeln publicerades 23 mars 2022",
/// "Onsdagen den 1 mars" with the year known from the text, or the month in a polisen.se news address. An invalid
/// date ("31 juni 2023") is reported, never invented.
/// </summary>
public static partial class PublishedDateParser
{
    public static DateOnly? Parse(IReadOnlyList<string> lines, string? url, IReadOnlyList<int> yearsInText, ICollection<string> warnings)
    {
        foreach (var line in lines)
        {
            var m = Stated().Match(line);
            if (m.Success && TryDate(m.Groups["date"].Value, null, warnings) is { } stated)
            {
                return stated;
            }
        }
        foreach (var line in lines.Take(12))
        {
            var m = Weekday().Match(line);
            if (m.Success && yearsInText.Count > 0)
            {
                var date = TryDate(m.Groups["date"].Value, yearsInText[0], warnings);
                if (date is not null)
                {
                    return date;
                }
            }
        }
        return null;
    }

    /// <summary>"2020-02-24", "23 mars 2022", "1 mars" (with <paramref name="year"/>).</summary>
    public static DateOnly? TryDate(string text, int? year, ICollection<string> warnings)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return DateOnly.FromDateTime(iso);
        }
        var m = SwedishDate().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var day = int.Parse(m.Groups["day"].Value);
        var month = SwedishMonths.Parse(m.Groups["month"].Value);
        var y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : year;
        if (month is null || y is null)
        {
            return null;
        }
        if (day < 1 || day > DateTime.DaysInMonth(y.Value, month.Value))
        {
            warnings.Add($"'{text}' is not a date");
            return null;
        }
        return new DateOnly(y.Value, month.Value, day);
    }

    [GeneratedRegex(@"(?i)(?:publicerad(?:es)?|publicerat|datum)\s*:?\s*(?:den\s+)?(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+\d{4})")]
    private static partial Regex Stated();

    [GeneratedRegex(@"(?i)^(?:måndagen|tisdagen|onsdagen|torsdagen|fredagen|lördagen|söndagen|i dag,?\s+\w+dagen)\s+den\s+(?<date>\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")(?:\s+\d{4})?)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?i)^(?<day>\d{1,2})\s+(?<month>" + SwedishMonths.Pattern + @")(?:\s+(?<year>\d{4}))?$")]
    private static partial Regex SwedishDate();
}
