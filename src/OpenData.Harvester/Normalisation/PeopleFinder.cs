using System.Text.RegularExpressions;
using OpenData.Harvester.Contract;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Named people with their role and organisation, in every way löften and news name them: "Maria Bäck,
/// lokalpolisområdeschef Västra Mälardalen", "säger Anders Teljebäck (S) kommunstyrelsens ordförande", "kommunpolis
/// Ewa Öberg Öström", a signature ("Jonas Eek" over "Chef lokalpolisområde Växjö"), "säger Anna Ek". A photo credit
/// ("Foto: Anna Ek") is not a person named by the text, and neither is a place that looks like a name ("Västra
/// Mälardalen").
/// </summary>
public sealed partial class PeopleFinder(PlaceNameIndex places)
{
    /// <summary>Capitalised words that begin or make up names of things, not of people.</summary>
    private static readonly HashSet<string> NotNameWords =
    [
        "Polisen", "Polis", "Polismyndigheten", "Region", "Kommun", "Kommunen", "Stad", "Staden", "Länsstyrelsen", "Räddningstjänsten",
        "Sverige", "Svenska", "Instagram", "Facebook", "Medborgarlöfte", "Medborgarlöften", "Medborgarlöftet", "Lokalpolisområde", "Norra",
        "Södra", "Västra", "Östra", "Mellersta", "Centrala", "Nordöstra", "Nordvästra", "Sydöstra", "Sydvästra", "Stockholms", "Här", "Nu",
        "Det", "Den", "De", "Vi", "Jag", "Han", "Hon", "Foto", "Bild", "Fotograf", "Kontakt", "Kontaktperson", "Telefon", "Mejl", "E-post",
        "Brå", "BRÅ", "City", "Centrum", "Torg", "Torget", "Gatan", "Skola", "Skolan", "Gymnasiet", "Bostäder", "Fastigheter", "AB",
        "Tid", "Plats", "Uppföljning", "Dokument", "Publicerad", "Uppdaterad", "Läs", "Mer", "Om", "Effektiv", "Sociala", "Trygg", "Tryggare",
    ];

    public IReadOnlyList<ExtractedPerson> Find(IReadOnlyList<string> blocks)
    {
        var people = new List<ExtractedPerson>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var line = PhotoCredit().Replace(blocks[i], " ");
            if (line.Trim().Length == 0)
            {
                continue;
            }
            foreach (Match m in NameThenRole().Matches(line))
            {
                var role = CleanRole(m.Groups["role"].Value);
                if (RoleWord().IsMatch(role))
                {
                    Add(people, m.Groups["name"].Value, role, Organisation(m.Groups["role"].Value + " " + m.Groups["more"].Value));
                }
            }
            foreach (Match m in RoleThenName().Matches(line))
            {
                var role = Whitespace(m.Groups["role"].Value);
                var after = line[(m.Index + m.Length)..];
                Add(people, m.Groups["name"].Value, role, Organisation(role + " " + FirstClause(after)));
            }
            foreach (Match m in Quoted().Matches(line))
            {
                Add(people, m.Groups["name"].Value, null, null);
            }
            // A signature: the name alone on its line, the role on the next ("Jonas Eek" / "Chef lokalpolisområde Växjö").
            if (i + 1 < blocks.Count && NameAlone().IsMatch(line.Trim()) && blocks[i + 1].Length <= 100 && RoleWord().IsMatch(blocks[i + 1]))
            {
                var role = blocks[i + 1].Trim();
                var more = i + 2 < blocks.Count && blocks[i + 2].Length <= 60 ? blocks[i + 2] : "";
                Add(people, line.Trim(), role, Organisation(role + " " + more));
            }
        }
        return people;
    }

    private void Add(List<ExtractedPerson> people, string name, string? role, string? organisation)
    {
        name = Whitespace(name);
        var words = name.Split(' ');
        if (words.Length < 2 || words.Any(w => NotNameWords.Contains(w) || SwedishMonths.Parse(w) is not null || RoleWord().IsMatch(w)) ||
            places.IsPlaceName(name) || words.All(places.IsPlaceName))
        {
            return;
        }
        var known = people.FindIndex(p => p.Name == name);
        if (known < 0)
        {
            people.Add(new ExtractedPerson(name, string.IsNullOrEmpty(role) ? null : role, organisation));
        }
        else if (people[known].Role is null && !string.IsNullOrEmpty(role))
        {
            people[known] = new ExtractedPerson(name, role, organisation);
        }
    }

    /// <summary>The role as written, up to where the sentence moves on ("samt Eva Helin", "signerar", "säger").</summary>
    private static string CleanRole(string role)
    {
        role = Whitespace(role).Trim().TrimEnd('.', ',', ';', ':');
        var cut = RoleEnd().Match(role);
        role = (cut.Success ? role[..cut.Index] : role).Trim().TrimEnd(',');
        // "kommunpolis, lokalpolisområde Växjö", "säkerhetsskyddschef, Alvesta kommun": the role, then where it is held.
        var comma = role.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && RoleWord().IsMatch(role[..comma]) ? role[..comma] : role;
    }

    private static string FirstClause(string text)
    {
        var end = text.IndexOfAny(['.', ';', '\n']);
        return end < 0 ? text : text[..end];
    }

    /// <summary>
    /// polis, kommun or annan: from the role, else from the words that follow it ("säkerhetsskyddschef, Alvesta
    /// kommun") up to where the next person is named.
    /// </summary>
    public static string? Organisation(string roleAndContext)
    {
        var next = NextPerson().Match(roleAndContext);
        var text = (next.Success ? roleAndContext[..next.Index] : roleAndContext).ToLowerInvariant();
        var role = text.Split(',')[0];
        foreach (var part in new[] { role, text })
        {
            if (PolisRole().IsMatch(part))
            {
                return "polis";
            }
            if (KommunRole().IsMatch(part))
            {
                return "kommun";
            }
        }
        return string.IsNullOrWhiteSpace(text) ? null : "annan";
    }

    [GeneratedRegex(@"\s(?:och|samt)\s\p{Lu}")]
    private static partial Regex NextPerson();

    private static string Whitespace(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private const string NameWord = @"\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?";
    private const string Name = NameWord + @"(?:[ \u00A0]" + NameWord + @"){1,2}";

    // "Maria Bäck, lokalpolisområdeschef Västra Mälardalen", "Teddy Nilsson (SD), kommunstyrelsens ordförande",
    // "Anders Teljebäck (S) kommunstyrelsens ordförande"
    [GeneratedRegex(@"(?<![\p{L}])(?<name>" + Name + @")(?:\s*\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{1,2})\))?(?:,\s*|\s+(?=\p{Ll})(?!(?:och|samt|eller|som|har|är|var)\b))(?<role>(?:(?!\s(?:och|samt)\s\p{Lu})[^.;:\n(])*?\b(?:\p{L}*(?:chef|chefen|ordförande|polis|intendent|kommissarie|inspektör|råd|direktör|samordnare|strateg|sekreterare|handläggare|ansvarig|ledare|rektor|befäl|assistent|utredare|koordinator|kommunikatör|polismästare|talesperson|hövding))\b[^.;:\n]*?)(?=(?:\s(?:och|samt)\s\p{Lu})|[.;:\n]|\s(?:säger|sätter|signerar|signerade|undertecknar|undertecknade|skriver|berättar|menar|har|är|var)\b|$)(?=(?<more>[^.;\n]{0,40}))")]
    private static partial Regex NameThenRole();

    // "kommunchef Ralf Hedin", "kommunpolis Ewa Öberg Öström", "Polisintendent Josef Wiklund"
    [GeneratedRegex(@"(?<![\p{L}])(?<role>(?:(?:tillförordnad|tf\.?|biträdande|t\.f\.)\s+)?(?:\p{L}+s\s+)?\p{L}*(?:chef|ordförande|kommunpolis|intendent|kommissarie|inspektör|råd|direktör|samordnare|strateg|polismästare|talesperson))\s+(?<name>" + Name + @")(?![\p{L}])")]
    private static partial Regex RoleThenName();

    [GeneratedRegex(@"\b(?:säger|sa|enligt|berättar|avslutar|menar|konstaterar|förklarar)\s+(?<name>" + Name + @")(?![\p{L}])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^" + Name + @"$")]
    private static partial Regex NameAlone();

    [GeneratedRegex(@"(?i)(chef|ordförande|polis|intendent|kommissarie|inspektör|råd\b|direktör|samordnare|strateg|sekreterare|handläggare|ansvarig|ledare|rektor|befäl|assistent|utredare|koordinator|kommunikatör|polismästare|talesperson)")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"\s(?:och|samt)\s\p{Lu}|\s(?:säger|sätter|signerar|undertecknar|undertecknade|signerade|skriver|berättar|menar|har|är|var)\b")]
    private static partial Regex RoleEnd();

    [GeneratedRegex(@"polis|lokalpolisområde|kommissarie|intendent|inspektör|polismästare")]
    private static partial Regex PolisRole();

    [GeneratedRegex(@"kommun|ordförande|kommunalråd|regionråd|regiondirektör|kommundirektör|stadsdirektör|förvaltning|\bstad|nämnd|rektor|kommunchef|region gotland")]
    private static partial Regex KommunRole();

    // "Foto: Anna Ek", "Bild: Polisen", "Fotograf Anna Ek" (to the end of the credit)
    [GeneratedRegex(@"\b(?i:foto|bild|fotograf|photo|illustration)\s*:?\s*(?:" + Name + @"|\p{Lu}[\p{L}]+)(?:\s*/\s*\p{Lu}[\p{L}]+)?")]
    private static partial Regex PhotoCredit();
}
