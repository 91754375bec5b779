using System.Text.RegularExpressions;
using OpenData.Harvester.Contract;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Named people with their role and organisation, as news about löften quotes them: "säger Maria Bäck,
/// lokalpolisområdeschef Västra Mälardalen", "Teddy Nilsson (SD), kommunstyrelsens ordförande". Photo credits
/// ("Foto: ...") are not people.
/// </summary>
public static partial class PeopleFinder
{
    public static IReadOnlyList<ExtractedPerson> Find(IEnumerable<string> lines)
    {
        var people = new List<ExtractedPerson>();
        foreach (var line in lines)
        {
            if (PhotoCredit().IsMatch(line))
            {
                continue;
            }
            foreach (Match m in NameAndRole().Matches(line))
            {
                var name = m.Groups["name"].Value.Trim();
                var role = CleanRole(m.Groups["role"].Value);
                if (role.Length == 0 || !RoleWord().IsMatch(role) || people.Any(p => p.Name == name))
                {
                    continue;
                }
                people.Add(new ExtractedPerson(name, role, Organisation(role)));
            }
        }
        return people;
    }

    private static string CleanRole(string role)
    {
        role = role.Trim().TrimEnd('.', ',');
        var cut = Regex.Match(role, @"\s+(samt|och|som|sätter|signerar|undertecknar|säger)\s");
        return (cut.Success ? role[..cut.Index] : role).Trim();
    }

    public static string? Organisation(string role)
    {
        var r = role.ToLowerInvariant();
        if (Regex.IsMatch(r, @"polis|lokalpolisområde|kommunpolis|poliskommissarie|inspektör"))
        {
            return "polis";
        }
        if (Regex.IsMatch(r, @"kommun|ordförande|kommunalråd|regionråd|regiondirektör|förvaltning|samordnare|\bstad|nämnd|rektor"))
        {
            return "kommun";
        }
        return "annan";
    }

    // Name: two or three capitalised words; then an optional party "(S)"; then ", role".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{Ll}\-]+(?:\s\p{Lu}[\p{Ll}\-]+){1,2})(?:\s*\([A-ZÅÄÖ]{1,3}\))?,\s+(?<role>[\p{Ll}][^.;]{2,120})")]
    private static partial Regex NameAndRole();

    [GeneratedRegex(@"ordförande|chef|polis|kommunalråd|direktör|samordnare|strateg|kommissarie|inspektör|ansvarig|råd\b|handläggare|rektor|ledare|befäl|områdes", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"^\s*(foto|bild|fotograf)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();
}
