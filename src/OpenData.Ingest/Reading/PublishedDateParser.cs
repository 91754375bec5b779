using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Finds when a page says it was published: "Publicerad 2020-02-24 11:16", "Publicerad: 2022-03-23", "Artikeln
/// publicerades 23 mars 2022", a date standing alone at the head of a news item, or "Onsdagen den 1 mars" with the
/// year from the polisen.se news address (".../aktuellt/nyheter/2017/mars/...") or from the text. The address alone
/// gives a month, not a day, so it never makes a date by itself. A date that does not exist is reported, not used.
/// </summary>
public static partial class PublishedDateParser
{
    public static DateOnly? Parse(IReadOnlyList<string> lines, string? url, IReadOnlyList<int> yearsInText, ICollection<string> warnings)
    {
        var fromUrl = NewsAddress(url);
        foreach (var line in lines)
        {
            var m = Stated().Match(line);
            if (m.Success && SwedishDates.Parse(m.Groups["date"].Value, fromUrl?.Year, warnings) is { } stated)
            {
                return stated;
            }
        }
        foreach (var line in lines.Take(6))
        {
            var alone = Alone().Match(line);
            if (alone.Success && SwedishDates.Parse(alone.Groups["date"].Value, null, warnings) is { } dateLine)
            {
                return dateLine;
            }
        }
        // "Onsdagen den 1 mars": the year from the address, else the one (of the löfte's, or the year before) on
        // which that day was that weekday.
        var years = fromUrl is { } u ? new List<int> { u.Year } : yearsInText.Take(1).SelectMany(y => new[] { y, y - 1, y + 1 }).ToList();
        foreach (var line in lines.Take(12))
        {
            var m = Weekday().Match(line);
            if (!m.Success)
            {
                continue;
            }
            foreach (var year in years)
            {
                var date = SwedishDates.Parse(m.Groups["date"].Value, year, warnings);
                if (date is not null && date.Value.DayOfWeek == DayOf(m.Groups["day"].Value) &&
                    (fromUrl?.Month is null || fromUrl.Value.Month == date.Value.Month))
                {
                    return date;
                }
            }
        }
        return null;
    }

    private static DayOfWeek DayOf(string weekday) => weekday.ToLowerInvariant()[..3] switch
    {
        "mån" => DayOfWeek.Monday,
        "tis" => DayOfWeek.Tuesday,
        "ons" => DayOfWeek.Wednesday,
        "tor" => DayOfWeek.Thursday,
        "fre" => DayOfWeek.Friday,
        "lör" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    /// <summary>The year and month in a polisen.se news address, where <paramref name="url"/> is one.</summary>
    public static (int Year, int? Month)? NewsAddress(string? url)
    {
        if (url is null)
        {
            return null;
        }
        var m = NewsPath().Match(url);
        if (!m.Success)
        {
            return null;
        }
        return (int.Parse(m.Groups["year"].Value), SwedishMonths.Parse(m.Groups["month"].Value));
    }

    [GeneratedRegex(@"(?i)(?:publicerad(?:es)?|publicerat|artikeln publicerades|datum)\s*:?\s*(?:den\s+)?(?<date>" + SwedishDates.Pattern + ")")]
    private static partial Regex Stated();

    // "23 mars 2022" or "2022-03-23 11:16" as a line of its own.
    [GeneratedRegex(@"(?i)^(?:\p{L}+dag(?:en)?\s+)?(?:den\s+)?(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+\d{4})(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?$")]
    private static partial Regex Alone();

    [GeneratedRegex(@"(?i)^(?:i\s+dag,?\s+)?(?<day>måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+(?:den\s+)?(?<date>\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")(?:\s+\d{4})?)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?i)/aktuellt/nyheter/(?:[\w-]+/)?(?<year>20\d\d)/(?<month>[a-zåäö]+)/")]
    private static partial Regex NewsPath();
}
