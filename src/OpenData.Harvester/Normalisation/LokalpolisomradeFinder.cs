using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Finds lokalpolisområden a text names, as written and without the word itself: "lokalpolisområde Västra
/// Mälardalen" gives "Västra Mälardalen", "chef för lokalpolisområde Jämtland/Härjedalen" gives
/// "Jämtland/Härjedalen"; names from the reference data count wherever they stand.
/// </summary>
public sealed partial class LokalpolisomradeFinder(PlaceNameIndex places)
{
    public IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        foreach (Match m in Named().Matches(text))
        {
            Add(found, m.Groups["name"].Value);
        }
        foreach (var name in places.LokalpolisomradeNames)
        {
            if (!name.Contains(' ', StringComparison.Ordinal) && !name.Contains('/', StringComparison.Ordinal))
            {
                continue; // one-word names are kommun names too; only the "lokalpolisområde X" form decides those
            }
            if (Regex.IsMatch(text, @"(?<!\p{L})" + Regex.Escape(name) + @"(?!\p{L})"))
            {
                Add(found, name);
            }
        }
        return found;
    }

    private static void Add(List<string> found, string name)
    {
        name = name.Trim();
        if (name.Length > 1 && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            found.Add(name);
        }
    }

    // The name: capitalised words joined by space, hyphen or slash ("Västra Mälardalen", "Luleå/Boden", "Falun-Borlänge").
    [GeneratedRegex(@"(?:lokalpolisområde(?:t|na)?|lokalpolisområdeschef(?:en)?\s+(?:för|i)|LPO)\s+(?<name>\p{Lu}[\p{L}]+(?:(?:\s*/\s*|-|\s)\p{Lu}[\p{L}]+)*)")]
    private static partial Regex Named();
}
