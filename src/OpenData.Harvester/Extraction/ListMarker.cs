using System.Text.RegularExpressions;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Recognises the list markers of published text at the start of a line: bullets ("•", "*", "-", "–", "·", "▪",
/// "○", "") and numbers ("1.", "2)", "a)", and the OCR slip "l ." for "1.").
/// </summary>
public static partial class ListMarker
{
    public static bool TryParse(string line, out string marker, out string rest, out int indent)
    {
        indent = line.Length - line.TrimStart(' ', '\t', '\u00A0').Length;
        var match = Marker().Match(line);
        if (match.Success)
        {
            marker = match.Groups["m"].Value.Replace(" ", "", StringComparison.Ordinal);
            rest = line[match.Length..].Trim();
            return rest.Length > 0;
        }
        marker = "";
        rest = line.Trim();
        return false;
    }

    [GeneratedRegex(@"^[\s\u00A0]*(?<m>[•\*·▪◦○●■□►▶➢✓\u2023\u2043\uF0B7\uF0A7]|[-–](?=\s)|\d{1,2}\s?[.)](?=\s)|[a-h][.)](?=\s)|[lI]\s?\.(?=\s))[\s\u00A0]*")]
    private static partial Regex Marker();
}
