using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Who makes a promise: from its own subject ("Polisen lovar", "Kommunen och polisen ska"), a suffix "(Polisen)",
/// or the heading it stands under ("Kommunen lovar att:"). A mention in passing ("ett kontor för polisen") is not
/// an actor.
/// </summary>
public static partial class ActorDetector
{
    public const string Polis = "polis";
    public const string Kommun = "kommun";
    public const string Annan = "annan";

    public static IReadOnlyList<string> Detect(string text, string? heading)
    {
        var suffix = Suffix().Match(text);
        if (suffix.Success)
        {
            return Actors(suffix.Groups["who"].Value);
        }
        var subject = Subject().Match(text);
        if (subject.Success)
        {
            return Actors(subject.Groups["who"].Value);
        }
        var agent = Agent().Match(text);
        if (agent.Success)
        {
            return Actors(agent.Groups["who"].Value);
        }
        if (heading is not null)
        {
            var fromHeading = Subject().Match(heading);
            if (fromHeading.Success)
            {
                return Actors(fromHeading.Groups["who"].Value);
            }
        }
        return [];
    }

    /// <summary>The parties named in a subject phrase, in a fixed order.</summary>
    public static IReadOnlyList<string> Actors(string who)
    {
        var w = who.ToLowerInvariant();
        var actors = new List<string>();
        if (Regex.IsMatch(w, @"\b(polis\w*|lokalpolisområde\w*|vi)\b"))
        {
            actors.Add(Polis);
        }
        if (Regex.IsMatch(w, @"(kommun\w*|\bstad(en)?\b|\bregion\b|\bvi\b|socialtjänst\w*|skola\w*|förvaltning\w*|nämnd\w*)"))
        {
            actors.Add(Kommun);
        }
        if (Regex.IsMatch(w, @"(räddningstjänst\w*|bostadsbolag\w*|fastighetsägar\w*|näringsliv\w*|förening\w*|länsstyrelse\w*|brå\b|trafikverket|bostäder|\bab\b|kyrka\w*|företag\w*)"))
        {
            actors.Add(Annan);
        }
        return actors;
    }

    [GeneratedRegex(@"\((?<who>[^()]*(polis|kommun|räddningstjänst|näringsliv|förening)[^()]*)\)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(?<who>(?:[\p{L}\-]+\s+){0,6}?(?:polis\w*|kommun\w*|stad(?:en)?|region\s+\w+|vi|räddningstjänst\w*))\s+(?:\w+\s+)?(lovar|ska|skall|kommer|ansvarar|åtar|genomför|arbetar|fortsätter|erbjuder)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(?:av|mellan)\s+(?<who>(?:[\p{L}\-]+\s+){0,4}?(?:polis\w*|kommun\w*|stad(?:en)?)(?:\s+och\s+(?:[\p{L}\-]+\s+){0,3}?(?:polis\w*|kommun\w*|stad(?:en)?))?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agent();
}
