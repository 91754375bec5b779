using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Named places inside a kommun that a promise targets: stadsdelar, torg, "centrum" with its town ("Arboga
/// centrum"), written after i/på/vid/kring ("på Bäckby och Råby", "i Åsele").
/// </summary>
public static partial class PlaceFinder
{
    public static IReadOnlyList<string> Find(string text)
    {
        var places = new List<string>();
        foreach (Match m in AfterPreposition().Matches(text))
        {
            foreach (var name in m.Groups["names"].Value.Split([",", " och ", " samt "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (name.Length > 1 && char.IsUpper(name[0]) && !NotPlaces.Contains(name.Split(' ')[0]) && !places.Contains(name))
                {
                    places.Add(name);
                }
            }
        }
        foreach (Match m in Centrum().Matches(text))
        {
            var place = m.Value.Trim();
            if (!places.Contains(place))
            {
                places.Add(place);
            }
        }
        return places;
    }

    /// <summary>Capitalised words after a preposition that are organisations or concepts, not places.</summary>
    private static readonly HashSet<string> NotPlaces =
        ["Polisen", "Kommunen", "Polis", "Kommun", "Sociala", "Medborgarlöfte", "Medborgarlöftet", "SIG", "EST", "BRÅ", "Brå", "Region", "Länsstyrelsen", "Räddningstjänsten"];

    [GeneratedRegex(@"(?<=\b(?:i|på|vid|kring|runt|inom)\s)(?<names>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?(?:(?:,\s|\soch\s|\ssamt\s)\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)*)")]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"(?:\b\p{Lu}[\p{L}\-]+s?\s)?\bcentrum\b")]
    private static partial Regex Centrum();
}
