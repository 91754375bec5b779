using System.Text.RegularExpressions;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Decides which kommuner a document is about. The title outranks a stray mention in the body (a page whose body
/// names the wrong kommun keeps its title's); a stadsdel stands for its kommun ("Kungsholmen" is Stockholm's); a län
/// named in the title means all its kommuner; a lokalpolisområde means the kommuner the text ties to it, or else all
/// of its own; where the text names none, a polisen.se löfte address or a kommun site's address does.
/// </summary>
public sealed partial class KommunResolver(PlaceNameIndex places)
{
    /// <param name="title">The document's own heading.</param>
    /// <param name="body">The rest of its text.</param>
    /// <param name="lokalpolisomraden">The lokalpolisområden the text names.</param>
    /// <param name="url">The address the document was read from, where known.</param>
    public IReadOnlyList<string> Resolve(string title, string body, IReadOnlyList<string> lokalpolisomraden, string? url = null) =>
        Resolve(title, body, lokalpolisomraden, url, out _);

    /// <inheritdoc cref="Resolve(string, string, IReadOnlyList{string}, string?)"/>
    /// <param name="title">The document's own heading.</param>
    /// <param name="body">The rest of its text.</param>
    /// <param name="lokalpolisomraden">The lokalpolisområden the text names.</param>
    /// <param name="url">The address the document was read from, where known.</param>
    /// <param name="basis">What the kommuner were taken from, for the reading's confidence.</param>
    public IReadOnlyList<string> Resolve(string title, string body, IReadOnlyList<string> lokalpolisomraden, string? url, out KommunBasis basis)
    {
        basis = KommunBasis.Text;
        var inTitle = places.FindMentions(title).Where(m => m.Kind != PlaceKind.Lokalpolisomrade).ToList();
        var inBody = WithoutNamesOfAreas(body, places.FindMentions(body).ToList(), lokalpolisomraden);
        var titleKommuner = inTitle.Where(m => m.Kind == PlaceKind.Kommun && (!m.Genitive || m.Qualified || TitleGenitiveIsPlace(title, m))).ToList();
        if (titleKommuner.Count > 0)
        {
            var codes = titleKommuner.SelectMany(m => m.Kommuner).ToHashSet();
            return Sorted(codes.Concat(CoveredTogether(body, inBody, codes)));
        }
        var titleLpo = lokalpolisomraden.Where(l => title.Contains(l, StringComparison.OrdinalIgnoreCase)).ToList();
        if (titleLpo.Count == 0)
        {
            var titleAreas = inTitle.Where(m => m.Kind is PlaceKind.Stadsdel or PlaceKind.Lan).ToList();
            if (titleAreas.Count > 0)
            {
                return Sorted(titleAreas.SelectMany(m => m.Kommuner));
            }
        }

        var bodyKommuner = inBody.Where(m => m.Kind == PlaceKind.Kommun).SelectMany(m => m.Kommuner).ToHashSet();

        // A lokalpolisområde in the title or as the party: the kommuner of it that the text names, else all of them.
        var areaKommuner = lokalpolisomraden.SelectMany(places.KommunerOfLokalpolisomrade).ToHashSet();
        if (areaKommuner.Count > 0)
        {
            var tied = areaKommuner.Where(bodyKommuner.Contains).ToList();
            if (tied.Count > 0)
            {
                return Sorted(tied);
            }
            if (bodyKommuner.Count == 0)
            {
                basis = KommunBasis.AllOfLokalpolisomrade;
                return Sorted(areaKommuner);
            }
        }
        var fromAddress = FromAddress(url);
        if (bodyKommuner.Count > 0)
        {
            // The kommuner named most ("Alvesta kommun" weighs more than a bare "Alvesta"); a kommun named once
            // beside one named often is a stray mention.
            var counts = inBody.Where(m => m.Kind is PlaceKind.Kommun or PlaceKind.Stadsdel)
                .SelectMany(m => m.Kommuner.Select(k => (Kommun: k, Weight: m.Qualified ? 2 : 1)))
                .GroupBy(c => c.Kommun).ToDictionary(g => g.Key, g => g.Sum(c => c.Weight));
            if (fromAddress is not null && counts.ContainsKey(fromAddress))
            {
                counts[fromAddress] += counts.Values.Max();
            }
            var top = counts.Values.Max();
            return Sorted(counts.Where(c => c.Value * 3 > top).Select(c => c.Key));
        }
        if (fromAddress is not null)
        {
            basis = KommunBasis.Address;
            return [fromAddress];
        }
        var districts = inBody.Where(m => m.Kind == PlaceKind.Stadsdel).SelectMany(m => m.Kommuner).ToList();
        if (districts.Count > 0)
        {
            return Sorted(districts);
        }
        return Sorted(inBody.Where(m => m.Kind == PlaceKind.Lan).SelectMany(m => m.Kommuner));
    }

    /// <summary>
    /// "lokalpolisområdeschef Uppsala/Knivsta", "Alvesta kommun och Växjö lokalpolisområdes samverkansöverenskommelse":
    /// a kommun named only as the name of a lokalpolisområde is the area's name, not a party, where the text names a
    /// kommun otherwise; the area counts through its own rule. A name of several parts ("Uppsala/Knivsta") is never a
    /// kommun's mention.
    /// </summary>
    private static List<PlaceMention> WithoutNamesOfAreas(string body, List<PlaceMention> mentions, IReadOnlyList<string> lokalpolisomraden)
    {
        var spans = new List<(int Start, int End, bool Compound)>();
        foreach (var name in lokalpolisomraden)
        {
            var compound = name.Contains('/');
            for (var at = body.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = body.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
            {
                var before = body[Math.Max(0, at - 40)..at];
                var after = body[(at + name.Length)..Math.Min(body.Length, at + name.Length + 20)];
                if (compound || AreaWordBefore().IsMatch(before) || AreaWordAfter().IsMatch(after))
                {
                    spans.Add((at, at + name.Length, compound));
                }
            }
        }
        bool Inside(PlaceMention m, bool compoundOnly) =>
            m.Kind == PlaceKind.Kommun && spans.Any(s => (s.Compound || !compoundOnly) && m.Position >= s.Start && m.Position < s.End);
        var kept = mentions.Where(m => !Inside(m, compoundOnly: false)).ToList();
        return kept.Any(m => m.Kind == PlaceKind.Kommun) ? kept : mentions.Where(m => !Inside(m, compoundOnly: true)).ToList();
    }

    [GeneratedRegex(@"(?i)(lokalpolisområde(t|ts)?|lokalpolisområdeschef(en)?(\s+(för|i))?|lpo|lokalpolisen(\s+i)?)\s+$")]
    private static partial Regex AreaWordBefore();

    [GeneratedRegex(@"(?i)^s?\s+lokalpolisområde")]
    private static partial Regex AreaWordAfter();

    /// <summary>
    /// Kommuner the body lists together with one the title names, as one löfte's parties: "Stenungsunds, Orusts och
    /// Tjörns kommuner", "kommunerna Arboga, Kungsör och Köping".
    /// </summary>
    private static IEnumerable<string> CoveredTogether(string body, IReadOnlyList<PlaceMention> inBody, IReadOnlySet<string> named)
    {
        var mentions = inBody.Where(m => m.Kind == PlaceKind.Kommun).OrderBy(m => m.Position).ToList();
        var group = new List<PlaceMention>();
        for (var i = 0; i <= mentions.Count; i++)
        {
            if (i < mentions.Count && group.Count > 0 && Joins().IsMatch(Between(body, group[^1], mentions[i])))
            {
                group.Add(mentions[i]);
                continue;
            }
            if (group.Count >= 2 && group.Any(m => m.Kommuner.Any(named.Contains)))
            {
                var after = body[End(group[^1])..Math.Min(body.Length, End(group[^1]) + 12)];
                var before = body[Math.Max(0, group[0].Position - 12)..group[0].Position];
                if (Plural().IsMatch(after) || Collective().IsMatch(before))
                {
                    foreach (var code in group.SelectMany(m => m.Kommuner))
                    {
                        yield return code;
                    }
                }
            }
            group = i < mentions.Count ? [mentions[i]] : [];
        }
    }

    private static int End(PlaceMention m) => m.Position + m.Name.Length + (m.Genitive ? 1 : 0);

    private static string Between(string text, PlaceMention left, PlaceMention right) =>
        right.Position > End(left) ? text[End(left)..right.Position] : "";

    [GeneratedRegex(@"^(?:s?\s*,\s*|s?\s+(?:och|samt)\s+)$")]
    private static partial Regex Joins();

    [GeneratedRegex(@"^s?\s+kommuner")]
    private static partial Regex Plural();

    [GeneratedRegex(@"kommunerna\s+$")]
    private static partial Regex Collective();

    /// <summary>
    /// The part of a kommun a löfte is for, where its title names a stadsdel ("Stockholm, Kungsholmen –
    /// medborgarlöften" is Kungsholmen's): the store keeps one löfte per area.
    /// </summary>
    public string? AreaOf(string title) =>
        places.FindMentions(title).FirstOrDefault(m => m.Kind == PlaceKind.Stadsdel)?.Name;

    /// <summary>
    /// The kommun an address names: the kommun in a polisen.se löfte address ("/medborgarloften/vastmanlands-lan/
    /// koping/"), or a kommun site's own host ("www.svalov.se").
    /// </summary>
    public string? FromAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        if (uri.Host.EndsWith("polisen.se", StringComparison.OrdinalIgnoreCase))
        {
            var m = LoftePath().Match(uri.AbsolutePath);
            if (!m.Success)
            {
                return null;
            }
            foreach (var segment in m.Groups["rest"].Value.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                var slug = segment.Split('-');
                // "stockholm-sodermalm", "uppfoljning-2020-medborgarlofte-skovde": try the whole slug, then its words.
                var code = places.KommunBySlug(segment) ?? slug.Select(places.KommunBySlug).FirstOrDefault(c => c is not null);
                if (code is not null)
                {
                    return code;
                }
            }
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        var labels = host.Split('.');
        return labels.Length >= 2 && labels[^1] == "se" ? places.KommunBySlug(labels[^2]) : null;
    }

    /// <summary>"Sölvesborgs medborgarlöfte": a genitive kommun name in a title is the kommun when nothing else is.</summary>
    private static bool TitleGenitiveIsPlace(string title, PlaceMention mention) =>
        title.Contains("löfte", StringComparison.OrdinalIgnoreCase) || title.Length < 60;

    private static IReadOnlyList<string> Sorted(IEnumerable<string> codes) =>
        codes.Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"/medborgarloften(?:-och-lokal-samverkan/medborgarloften)?/(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LoftePath();
}
