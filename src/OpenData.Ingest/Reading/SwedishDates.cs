using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Dates as Swedish pages write them: "2020-02-24", "23 mars 2022", "1 januari 2020", "den 1 mars" (with the year
/// known from elsewhere). A date that does not exist ("31 juni 2023") is reported, never moved to a nearby day.
/// </summary>
public static partial class SwedishDates
{
    /// <summary>A date in either form, for patterns that find dates in text.</summary>
    public const string Pattern = @"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:\s|\u00A0)+(?:" + SwedishMonths.Pattern + @")\.?(?:(?:\s|\u00A0)+\d{4})?)";

    /// <summary>Reads <paramref name="text"/> as a date; null where it is none, with a warning where it only looks like one.</summary>
    public static DateOnly? Parse(string text, int? year, ICollection<string> warnings)
    {
        text = text.Trim();
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            return Valid(int.Parse(iso.Groups["y"].Value), int.Parse(iso.Groups["m"].Value), int.Parse(iso.Groups["d"].Value), text, warnings);
        }
        var m = Written().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var month = SwedishMonths.Parse(m.Groups["month"].Value);
        var y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : year;
        return month is null || y is null ? null : Valid(y.Value, month.Value, int.Parse(m.Groups["day"].Value), text, warnings);
    }

    private static DateOnly? Valid(int year, int month, int day, string text, ICollection<string> warnings)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var note = $"'{text}' is not a date";
            if (!warnings.Contains(note))
            {
                warnings.Add(note);
            }
            return null;
        }
        return new DateOnly(year, month, day);
    }

    /// <summary>Every date-like phrase in <paramref name="text"/> that does not exist, as a warning.</summary>
    public static void ReportInvalid(string text, ICollection<string> warnings)
    {
        foreach (Match m in Any().Matches(text))
        {
            Parse(m.Value, 2000, warnings);
        }
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?i)^(?<day>\d{1,2})(?:\s|\u00A0)+(?<month>" + SwedishMonths.Pattern + @")\.?(?:(?:\s|\u00A0)+(?<year>\d{4}))?$")]
    private static partial Regex Written();

    [GeneratedRegex(@"(?i)(?<![\d-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + SwedishMonths.Pattern + @")\s+\d{4})(?![\d-])")]
    private static partial Regex Any();
}
