using System.Globalization;
using System.Xml;

namespace OpenData.Harvester.Commands;

/// <summary>Durations as people type them on a command line: "90s", "30m", "2h", "1d", "01:30:00" or ISO 8601 "PT30M".</summary>
public static class DurationText
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        text = text.Trim();
        duration = default;
        if (text.Length >= 2 && "smhd".Contains(text[^1]) &&
            double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            duration = text[^1] switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return true;
        }
        if (text.StartsWith('P'))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text);
                return duration >= TimeSpan.Zero;
            }
            catch (FormatException)
            {
                return false;
            }
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }
}
