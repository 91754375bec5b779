using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Named places inside a kommun that a promise targets: stadsdelar and villages written after i/på/vid/kring ("på
/// Bäckby och Råby", "i Vislanda"), lists of them ("ytterområden, Ramvik/Hälledal, Brunne och Viksjö"), a town's
/// centrum ("Arboga centrum", "centrala Karlstad"), its stadskärna, resecentrum or torg, and the stadsdelar of
/// Stockholm, Göteborg and Malmö wherever they stand. Where the promise names none, the places its lead names
/// ("Löften gällande Skäggetorp:").
/// </summary>
public sealed partial class PlaceFinder(PlaceNameIndex places)
{
    /// <summary>Capitalised words after a preposition that are organisations, documents or concepts, not places.</summary>
    private static readonly HashSet<string> NotPlaces =
    [
        "Polisen", "Kommunen", "Polis", "Kommun", "Sociala", "Medborgarlöfte", "Medborgarlöftet", "Medborgarlöften", "SIG", "EST", "BRÅ", "Brå",
        "Region", "Länsstyrelsen", "Räddningstjänsten", "Polismyndigheten", "ANDT", "ANDTS", "SIP", "Effektiv", "Trygghetsvandringar",
        "Facebook", "Instagram", "Purple", "Sverige", "Alternativ", "Grannsamverkan", "Vi", "De", "Det", "Den", "Dessa", "Detta",
    ];

    public IReadOnlyList<string> Find(string text, IReadOnlyList<string>? context = null)
    {
        var found = new List<(int At, string Name)>();
        foreach (Match m in AfterPreposition().Matches(text))
        {
            foreach (Capture c in m.Groups["name"].Captures)
            {
                found.Add((c.Index, c.Value));
            }
        }
        foreach (Match m in Centre().Matches(text))
        {
            found.Add((m.Index, m.Value.Trim()));
        }
        foreach (var mention in places.Districts(text))
        {
            found.Add((mention.Position, mention.Name));
        }
        var result = new List<string>();
        foreach (var (_, name) in found.OrderBy(f => f.At))
        {
            var clean = name.Trim().TrimEnd('.', ',');
            if (clean.Length > 1 && !NotPlaces.Contains(clean.Split(' ')[0]) && !result.Any(r => r.Contains(clean, StringComparison.Ordinal)))
            {
                result.RemoveAll(r => clean.Contains(r, StringComparison.Ordinal));
                result.Add(clean);
            }
        }
        if (result.Count == 0 && context is { Count: > 0 })
        {
            var lead = AreaLead().Match(context[0]);
            if (lead.Success && !NotPlaces.Contains(lead.Groups["name"].Value.Split(' ')[0]))
            {
                result.Add(lead.Groups["name"].Value);
            }
        }
        return result;
    }

    private const string Name = @"\p{Lu}[\p{L}\-]+(?:/\p{Lu}[\p{L}\-]+)?(?:\s(?:\p{Lu}[\p{L}\-]+|city|centrum|torg|kommun\b(?!s)))?(?!\s(?:kommuns|stads)\b)";

    // "på Bäckby och Råby", "i kommunens ytterområden, Ramvik/Hälledal, Brunne och Viksjö", "vid Uppsala resecentrum"
    [GeneratedRegex(@"(?:\b(?:i|på|vid|kring|runt|inom|längs|utanför|omkring|såsom|som)|(?:områden|stadsdelarna|delar|byar),)\s(?:(?:bl\.\s?a\.|t\.\s?ex\.)\s)?(?<name>" + Name + @")(?:(?:,\s|\soch\s|\ssamt\s)(?<name>" + Name + @"))*")]
    private static partial Regex AfterPreposition();

    // "Arboga centrum", "centrala Karlstad", "stadskärnan", "Uppsala resecentrum", "Stora torget", "i centrum"
    [GeneratedRegex(@"(?:\b\p{Lu}[\p{L}\-]+\s)?\b(?:centrum|resecentrum|stadskärnan?|city)\b|\bcentrala\s\p{Lu}[\p{L}\-]+|\b\p{Lu}[\p{L}]+\storg(?:et)?\b|\b\p{Lu}[\p{L}]*torget\b")]
    private static partial Regex Centre();

    [GeneratedRegex(@"(?:gällande|för|i|på)\s(?<name>" + Name + @")(?:\s+under|\s*:|\s+20\d\d|$)")]
    private static partial Regex AreaLead();
}
