using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Finds lokalpolisområden a text names, as written and without the word itself: "lokalpolisområde Västra
/// Mälardalen" gives "Västra Mälardalen", "Lokalpolisområde södra Vätterbygden" "södra Vätterbygden", "Växjö
/// lokalpolisområde" and "LPO Karlstad" their names, "chef för lokalpolisområde Jämtland/Härjedalen"
/// "Jämtland/Härjedalen", "lokalpolisen Södra Ångermanland" its name; names of several words from the reference data
/// count wherever they stand. A person after "lokalpolisområdeschef" ("lokalpolisområdeschef Lars Vestermark") is not
/// an area, and neither is a polisområde ("polisområde Jämtland"), the level above.
/// </summary>
public sealed partial class LokalpolisomradeFinder
{
    private readonly PlaceNameIndex places;

    /// <summary>The reference data's names of more than one word, which count wherever they stand.</summary>
    private readonly Regex? _knownNames;

    public LokalpolisomradeFinder(PlaceNameIndex places)
    {
        this.places = places;
        var names = places.LokalpolisomradeNames.Where(n => n.Contains(' ') || n.Contains('/') || n.Contains('-')).OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        _knownNames = names.Count == 0 ? null
            : new Regex(@"(?<![\p{L}/])(?:" + string.Join("|", names) + @")(?![\p{L}/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
        { "norra", "södra", "västra", "östra", "mellersta", "centrala", "nordöstra", "nordvästra", "sydöstra", "sydvästra", "inre", "yttre", "nedre", "övre" };

    public IReadOnlyList<string> Find(string text)
    {
        var found = new List<(int At, string Name)>();
        foreach (Match m in Named().Matches(text))
        {
            var name = Extend(text, m.Groups["name"]);
            var chief = m.Groups["chief"].Success;
            if (chief && !places.IsLokalpolisomradeName(name) && !places.IsPlaceName(name) && name.Contains(' ') && !Directions.Contains(name.Split(' ')[0]))
            {
                continue; // "lokalpolisområdeschef Lars Vestermark"
            }
            found.Add((m.Index, name));
        }
        foreach (Match m in NameBefore().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (places.IsKommunName(name) || places.IsLokalpolisomradeName(name))
            {
                found.Add((m.Index, name));
            }
        }
        foreach (Match m in _knownNames?.Matches(text) ?? Enumerable.Empty<Match>())
        {
            found.Add((m.Index, m.Value));
        }
        var names = new List<string>();
        foreach (var (_, name) in found.OrderBy(f => f.At))
        {
            var clean = WithoutGenitive(name.Trim());
            if (clean.Length > 1 && !names.Contains(clean, StringComparer.OrdinalIgnoreCase) && !IsOrganisation(clean))
            {
                names.Add(clean);
            }
        }
        return names;
    }

    /// <summary>"Piteå" + " älvdal": a lower-case word that belongs to the name as the reference data has it.</summary>
    private string Extend(string text, Group name)
    {
        var value = name.Value;
        var next = NextWord().Match(text, name.Index + name.Length);
        if (next.Success && next.Index == name.Index + name.Length && places.IsLokalpolisomradeName(value + " " + next.Groups["w"].Value))
        {
            return value + " " + next.Groups["w"].Value;
        }
        return value;
    }

    /// <summary>
    /// "lokalpolisområde Borlänges arbete" names Borlänge: a trailing genitive "s" goes where the name without it is a
    /// known lokalpolisområde or place and the name with it is not.
    /// </summary>
    private string WithoutGenitive(string name)
    {
        if (name.Length < 4 || !name.EndsWith('s') || places.IsLokalpolisomradeName(name) || places.IsKommunName(name))
        {
            return name;
        }
        var stem = name[..^1];
        var lastWord = stem[(stem.LastIndexOfAny([' ', '/', '-']) + 1)..];
        return places.IsLokalpolisomradeName(stem) || places.IsKommunName(stem) || places.IsPlaceName(stem) || places.IsPlaceName(lastWord)
            ? stem : name;
    }

    private static bool IsOrganisation(string name) =>
        name.StartsWith("Polis", StringComparison.Ordinal) || name.StartsWith("Region ", StringComparison.Ordinal) || name is "Region";

    // The name: capitalised words (a direction word may lead in lower case) joined by a space, hyphen or slash, on one line.
    private const string AreaName = @"(?<name>(?:(?i:norra|södra|västra|östra|mellersta|centrala|nordöstra|nordvästra|sydöstra|sydvästra)[ \u00A0])?\p{Lu}[\p{L}]+(?:(?:[ \u00A0]*/[ \u00A0]*|-|[ \u00A0])\p{Lu}[\p{L}]+)*)";

    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:lokalpolisområde(?:t|ts)?|lokalpolisen(?:\s+i)?|lpo)|(?<chief>(?i:lokalpolisområdeschef(?:en)?)(?:\s+(?:för|i))?))[ \u00A0]+" + AreaName)]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<![\p{L}])(?<name>\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?)[ \u00A0]+(?i:lokalpolisområde)(?![\p{L}])")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"\G[ \u00A0](?<w>\p{Ll}+)")]
    private static partial Regex NextWord();
}
