using System.Text.RegularExpressions;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Recognises the list markers of published text at the start of a line: bullets ("•", "*", "-", "–", "·", "▪",
/// "○", Word's private-use glyphs such as U+F0B7, and its "o" for a second-level bullet), numbers ("1.", "2)",
/// "a)", and the OCR slip "l ." for "1."), and a leading ellipsis ("... att arbeta för") that continues a lead.
/// </summary>
public static partial class ListMarker
{
    /// <summary>The marker a list item gets when the format says "bullet" without a glyph (HTML &lt;ul&gt;).</summary>
    public const string Bullet = "•";

    public static bool TryParse(string line, out string marker, out string rest, out int indent)
    {
        indent = line.Length - line.TrimStart(' ', '\t', '\u00A0').Length;
        var match = Marker().Match(line);
        if (match.Success)
        {
            marker = Normalise(match.Groups["m"].Value);
            rest = line[match.Length..].Trim();
            return rest.Length > 0 && rest.Any(char.IsLetterOrDigit);
        }
        marker = "";
        rest = line.Trim();
        return false;
    }

    /// <summary>Whether a marker numbers its item ("1.", "2)", "l .") rather than bulleting it.</summary>
    public static bool IsNumber(string marker) =>
        marker.Length > 0 && (char.IsDigit(marker[0]) || marker is "l." or "I.");

    /// <summary>The number a numbered marker stands for ("l ." is an OCR slip for "1."), or null for a bullet.</summary>
    public static int? Number(string marker)
    {
        if (marker is "l." or "I.")
        {
            return 1;
        }
        var digits = new string(marker.TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0 ? int.Parse(digits) : null;
    }

    private static string Normalise(string marker)
    {
        marker = marker.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        return marker is "..." ? "…" : marker;
    }

    [GeneratedRegex(
        @"^[\s\u00A0]*(?<m>" +
        @"[•\*·▪◦○●■□►▶➢➤✓✔❖◆◇‣⁃∙\u2023\u2043\uF000-\uF0FF]" + // bullets, Word's Symbol/Wingdings glyphs
        @"|[-–—](?=[\s\u00A0])" +                                  // dashes (also news quotes; the splitter tells them apart)
        @"|o(?=[\s\u00A0]{2,}|\t)" +                               // Word's second-level bullet, always followed by a gap
        @"|\d{1,2}\s?[.)](?=[\s\u00A0])" +                         // 1. 2)
        @"|[a-h][.)](?=[\s\u00A0])" +                              // a) b.
        @"|[lI]\s?\.(?=[\s\u00A0])" +                              // "l ." read by OCR for "1."
        @"|\.{3}|…" +                                              // ... continuing the lead above
        @")[\s\u00A0]*")]
    private static partial Regex Marker();
}
