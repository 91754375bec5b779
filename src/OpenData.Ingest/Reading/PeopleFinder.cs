using System.Text.RegularExpressions;
using OpenData.Core.Model;

using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Named people with their role and organisation, in every way löften and news name them: "Maria Bäck,
/// lokalpolisområdeschef Västra Mälardalen", "säger Anders Teljebäck (S) kommunstyrelsens ordförande", "kommunpolis
/// Ewa Öberg Öström", a signature ("Jonas Eek" over "Chef lokalpolisområde Växjö"), "säger Anna Ek". Each name found
/// is read with the words beside it. A photo credit ("Foto: Anna Ek") is not a person named by the text, and neither
/// is a place that looks like a name ("Västra Mälardalen").
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

    /// <summary>Words before a name that introduce the person quoted ("säger Anna Ek").</summary>
    private static readonly HashSet<string> Speech = ["säger", "sa", "enligt", "berättar", "avslutar", "menar", "konstaterar", "förklarar", "fortsätter"];

    public IReadOnlyList<PersonReading> Find(IReadOnlyList<string> blocks)
    {
        var people = new List<PersonReading>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var line = PhotoCredit().Replace(blocks[i], " ");
            foreach (Match m in Name().Matches(line))
            {
                // "Kommunchef Ralf Hedin", "Polisintendent Josef Wiklund": a capitalised role opening the line is no name.
                var name = m.Value;
                var start = m.Index;
                var first = name.IndexOf(' ');
                if (RoleWord().IsMatch(name[..first]) && name.Count(c => c == ' ') >= 2)
                {
                    name = name[(first + 1)..];
                    start += first + 1;
                }
                var after = line[(m.Index + m.Length)..];
                var role = RoleAfter(after, out var context) ?? RoleBefore(line[..start]);
                if (role is not null)
                {
                    Add(people, name, role, Organisation(role + " " + (context ?? FirstClause(after))));
                }
                else if (Speech.Contains(LastWord(line[..start])))
                {
                    Add(people, name, null, null);
                }
            }
            // A signature: the name alone on its line, the role on the next ("Jonas Eek" / "Chef lokalpolisområde Växjö").
            var trimmed = line.Trim();
            if (i + 1 < blocks.Count && NameAlone().IsMatch(trimmed) && blocks[i + 1].Length <= 100 && RoleWord().IsMatch(blocks[i + 1]))
            {
                var role = blocks[i + 1].Trim();
                var more = i + 2 < blocks.Count && blocks[i + 2].Length <= 60 ? blocks[i + 2] : "";
                Add(people, trimmed, role, Organisation(role + " " + more));
            }
        }
        return people;
    }

    /// <summary>
    /// The role written after a name: ", lokalpolisområdeschef Västra Mälardalen", " (S) kommunstyrelsens
    /// ordförande", up to where the sentence moves on ("samt Eva Helin", "signerar", "säger"); null where none is.
    /// </summary>
    private static string? RoleAfter(string after, out string? context)
    {
        context = null;
        var m = RoleStart().Match(after);
        if (!m.Success)
        {
            return null;
        }
        var text = after[m.Length..];
        var end = text.IndexOfAny(['.', ';', ':', '\n', '(']);
        text = end < 0 ? text : text[..end];
        var cut = RoleEnd().Match(text);
        var role = (cut.Success ? text[..cut.Index] : text).Trim().TrimEnd(',');
        context = text;
        if (role.Length < 2 || !RoleWord().IsMatch(role))
        {
            return null;
        }
        // "kommunpolis, lokalpolisområde Växjö", "säkerhetsskyddschef, Alvesta kommun": the role, then where it is held.
        var comma = role.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && RoleWord().IsMatch(role[..comma]) ? role[..comma] : role;
    }

    /// <summary>The role written before a name: "kommunchef Ralf Hedin", "tillförordnad lokalpolisområdeschef Per Ek".</summary>
    private static string? RoleBefore(string before)
    {
        var m = RoleWordsBefore().Match(before);
        return m.Success ? Whitespace.Fold(m.Groups["role"].Value) : null;
    }

    private void Add(List<PersonReading> people, string name, string? role, Actor? organisation)
    {
        name = Whitespace.Fold(name);
        var words = name.Split(' ');
        if (words.Length < 2 || words.Any(w => NotNameWords.Contains(w) || SwedishMonths.Parse(w) is not null || RoleWord().IsMatch(w)) ||
            places.IsPlaceName(name) || words.All(places.IsPlaceName))
        {
            return;
        }
        var known = people.FindIndex(p => p.Name == name);
        if (known < 0)
        {
            people.Add(new PersonReading(name, string.IsNullOrEmpty(role) ? null : role, organisation));
        }
        else if (people[known].Role is null && !string.IsNullOrEmpty(role))
        {
            people[known] = new PersonReading(name, role, organisation);
        }
    }

    private static string FirstClause(string text)
    {
        var end = text.IndexOfAny(['.', ';', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static string LastWord(string text)
    {
        var t = text.TrimEnd(' ', '\u00A0', ',');
        var at = t.LastIndexOfAny([' ', '\u00A0', '\n', '–', '-']);
        return t[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>
    /// polis, kommun or annan: from the role, else from the words that follow it ("säkerhetsskyddschef, Alvesta
    /// kommun") up to where the next person is named.
    /// </summary>
    public static Actor? Organisation(string roleAndContext)
    {
        var next = NextPerson().Match(roleAndContext);
        var text = (next.Success ? roleAndContext[..next.Index] : roleAndContext).ToLowerInvariant();
        var role = text.Split(',')[0];
        foreach (var part in new[] { role, text })
        {
            if (PolisRole().IsMatch(part))
            {
                return Actor.Polis;
            }
            if (KommunRole().IsMatch(part))
            {
                return Actor.Kommun;
            }
        }
        return string.IsNullOrWhiteSpace(text) ? null : Actor.Annan;
    }

    private const string NameWord = @"\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?";
    private const string RoleSuffix = "chef|chefen|ordförande|polis|intendent|kommissarie|inspektör|råd|direktör|samordnare|strateg|sekreterare|handläggare|ansvarig|ledare|rektor|befäl|assistent|utredare|koordinator|kommunikatör|polismästare|talesperson|hövding";

    // Two or three capitalised words: a first name and one or two surnames.
    [GeneratedRegex(@"(?<![\p{L}])" + NameWord + @"(?:[ \u00A0]" + NameWord + @"){1,3}(?![\p{L}])")]
    private static partial Regex Name();

    [GeneratedRegex(@"^" + NameWord + @"(?:[ \u00A0]" + NameWord + @"){1,2}$")]
    private static partial Regex NameAlone();

    // After the name: an optional party "(S)", then a comma, or a space before a lower-case role word.
    [GeneratedRegex(@"^(?:\s*\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{1,2})\))?(?:\s*,\s*|\s+(?=\p{Ll})(?!(?:och|samt|eller|som|har|är|var|i|på|och)\b))")]
    private static partial Regex RoleStart();

    // Before the name: "kommunchef", "kommunstyrelsens ordförande", "tillförordnad lokalpolisområdeschef".
    [GeneratedRegex(@"(?<![\p{L}])(?<role>(?:(?:tillförordnad|tf\.?|biträdande)\s+)?(?:\p{L}+s\s+)?\p{L}*(?:chef|ordförande|kommunpolis|intendent|kommissarie|inspektör|råd|direktör|samordnare|strateg|polismästare|talesperson))\s+$", RegexOptions.RightToLeft)]
    private static partial Regex RoleWordsBefore();

    [GeneratedRegex(@"(?i)(" + RoleSuffix + @")")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"\s(?:och|samt)\s\p{Lu}|\s(?:säger|sätter|signerar|undertecknar|undertecknade|signerade|skriver|berättar|menar|har|är|var)\b")]
    private static partial Regex RoleEnd();

    [GeneratedRegex(@"\s(?:och|samt)\s\p{Lu}")]
    private static partial Regex NextPerson();

    [GeneratedRegex(@"polis|lokalpolisområde|kommissarie|intendent|inspektör|polismästare")]
    private static partial Regex PolisRole();

    [GeneratedRegex(@"kommun|ordförande|kommunalråd|regionråd|regiondirektör|kommundirektör|stadsdirektör|förvaltning|\bstad|nämnd|rektor|kommunchef|region gotland")]
    private static partial Regex KommunRole();

    // "Foto: Anna Ek", "Bild: Polisen", "Fotograf Anna Ek" (to the end of the credit)
    [GeneratedRegex(@"\b(?i:foto|bild|fotograf|photo|illustration)\s*:?\s*(?:" + NameWord + @"(?:[ \u00A0]" + NameWord + @"){0,2})(?:\s*/\s*\p{Lu}[\p{L}]+)?")]
    private static partial Regex PhotoCredit();
}
