using System.Text.RegularExpressions;
using OpenData.Core;
using OpenData.Core.Reference;

using OpenData.Core.Text;

namespace OpenData.Ingest.Reading;

/// <summary>
/// The names of kommuner, län, lokalpolisområden and the stadsdelar of Stockholm, Göteborg and Malmö from the
/// reference data, in the forms texts use: "Åsele", "Svalövs kommun", "Västerås stad", "Region Gotland",
/// "Malung-Sälen", "Jämtlands län", "lokalpolisområde Västra Mälardalen", "Kungsholmen", and a kommun name misspelled
/// by one letter before "kommun" ("Sölvesborsgs kommun"). Finds them in text; deciding what a text is about is
/// <see cref="KommunResolver"/>'s job.
/// </summary>
public sealed partial class PlaceNameIndex
{
    private readonly Dictionary<string, string> _kommunByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kommunBySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _kommunerByLan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lanByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _kommunerByLpo = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _kommunNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stadsdelar = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex? _districts;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _kommunByNameBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lanByNameBySpan;

    /// <summary>
    /// Kommun names that are also common Swedish words or people's names ("mark", "berg", "kil", "vara", "lund", "Nora"):
    /// they count only with "kommun", "stad", or standing as a heading's name.
    /// </summary>
    private static readonly HashSet<string> AmbiguousNames =
        ["Mark", "Berg", "Ale", "Kil", "Vara", "Sala", "Nora", "Hjo", "Eda", "Åre", "Laxå", "Salem", "Boden", "Orsa", "Mora", "Lund", "Säter", "Flen"];

    public PlaceNameIndex(ReferenceData reference, IReadOnlyList<Stadsdelar.Row> stadsdelar)
    {
        _kommunByNameBySpan = _kommunByName.GetAlternateLookup<ReadOnlySpan<char>>();
        _lanByNameBySpan = _lanByName.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var k in reference.Kommuner)
        {
            _kommunNames[k.Code] = k.Name;
            _kommunByName[k.Name] = k.Code;
            _kommunBySlug[Slug.For(k.Name)] = k.Code;
            if (!_kommunerByLan.TryGetValue(k.LanCode, out var list))
            {
                _kommunerByLan[k.LanCode] = list = [];
            }
            list.Add(k.Code);
            _placeWords.Add(k.Name);
        }
        foreach (var l in reference.Lan)
        {
            _lanByName[l.Name] = l.Code;
            _placeWords.Add(l.Name);
            _placeWords.Add(l.ShortName);
        }
        foreach (var row in reference.Lokalpolisomraden)
        {
            if (!_kommunerByLpo.TryGetValue(row.Name, out var list))
            {
                _kommunerByLpo[row.Name] = list = [];
            }
            if (!list.Contains(row.KommunCode))
            {
                list.Add(row.KommunCode);
            }
            _placeWords.Add(row.Name);
        }
        foreach (var s in stadsdelar)
        {
            _stadsdelar[s.Name] = s.KommunCode;
            _placeWords.Add(s.Name);
        }
        if (_stadsdelar.Count > 0)
        {
            _districts = new Regex(@"(?<![\p{L}\-])(?<name>" + string.Join("|", _stadsdelar.Keys.OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")(?![\p{L}\-])",
                RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    public static PlaceNameIndex Load(DataDirectory data)
    {
        var reference = ReferenceData.Load(data);
        return new PlaceNameIndex(reference, Stadsdelar.Load(data, reference.Kommuner.Select(k => k.Code).ToHashSet()));
    }

    public IReadOnlyList<string> KommunerInLan(string lanCode) => _kommunerByLan.GetValueOrDefault(lanCode) ?? [];

    public IReadOnlyList<string> KommunerOfLokalpolisomrade(string name) => _kommunerByLpo.GetValueOrDefault(name.Trim()) ?? [];

    public IEnumerable<string> LokalpolisomradeNames => _kommunerByLpo.Keys;

    public bool IsLokalpolisomradeName(string name) => _kommunerByLpo.ContainsKey(name.Trim());

    /// <summary>Whether <paramref name="word"/> is a kommun's name as written ("Gotland", "Malung-Sälen").</summary>
    public bool IsKommunName(string word) => _kommunByName.ContainsKey(word);

    /// <summary>Whether <paramref name="name"/> names a kommun, län, lokalpolisområde or stadsdel.</summary>
    public bool IsPlaceName(string name) => _placeWords.Contains(name);

    /// <summary>The kommun whose name gives this address slug ("malung-salen", "vasteras"), if any.</summary>
    public string? KommunBySlug(string slug) => _kommunBySlug.GetValueOrDefault(slug.ToLowerInvariant());

    /// <summary>Every kommun, län and stadsdel named in <paramref name="text"/>, in order.</summary>
    public IEnumerable<PlaceMention> FindMentions(string text)
    {
        foreach (var m in Names(text))
        {
            var name = m.Name;
            // The words around the name decide how it is used; a few dozen characters either side are enough.
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 40)].TrimStart();
            var before = text[Math.Max(0, m.Index - 40)..m.Index].TrimEnd();
            if (_lanByName.TryGetValue(name, out var lanCode))
            {
                yield return new PlaceMention(PlaceKind.Lan, name, KommunerInLan(lanCode), m.Index);
                continue;
            }
            var code = _kommunByName[name];
            var qualified = StartsWithWord(after, "kommun") || StartsWithWord(after, "stad") || StartsWithWord(after, "kommuns") ||
                            StartsWithWord(after, "stads") || EndsWithWord(before, "Region");
            var genitive = m.Genitive;
            if (StartsWithWord(after, "län"))
            {
                continue;
            }
            if (genitive && !qualified && !name.EndsWith('s'))
            {
                // "Åseles" alone is rarely a kommun; "Svalövs kommun" is.
                yield return new PlaceMention(PlaceKind.Kommun, name, [code], m.Index, Qualified: false, Genitive: true);
                continue;
            }
            if (AmbiguousNames.Contains(name) && !qualified && !StandsAsName(before, after))
            {
                continue;
            }
            var policeArea = PoliceAreaBefore().IsMatch(before) || PoliceAreaAfter().IsMatch(after);
            yield return new PlaceMention(policeArea ? PlaceKind.Lokalpolisomrade : PlaceKind.Kommun, name, [code], m.Index, qualified);
        }
        foreach (Match m in Misspelled().Matches(text))
        {
            var written = m.Groups["name"].Value;
            if (_kommunByName.ContainsKey(written) || _kommunByName.ContainsKey(written.TrimEnd('s')) || IsPlaceName(written))
            {
                continue;
            }
            var code = NearestKommun(written);
            if (code is not null)
            {
                yield return new PlaceMention(PlaceKind.Kommun, _kommunNames[code], [code], m.Index, Qualified: true);
            }
        }
        foreach (var district in Districts(text))
        {
            yield return district;
        }
    }

    /// <summary>Every stadsdel named in <paramref name="text"/>, in order: the only mentions that a promise's places need.</summary>
    public IEnumerable<PlaceMention> Districts(string text)
    {
        if (_districts is null)
        {
            yield break;
        }
        foreach (Match m in _districts.Matches(text))
        {
            yield return new PlaceMention(PlaceKind.Stadsdel, m.Value, [_stadsdelar[m.Value]], m.Index);
        }
    }

    /// <summary>
    /// The kommun and län names in <paramref name="text"/>, as whole words, longest first ("Upplands Väsby" before
    /// "Väsby"), in the genitive or not: each capitalised word is looked up with the one or two words after it.
    /// </summary>
    private IEnumerable<(string Name, int Index, int Length, bool Genitive)> Names(string text)
    {
        var end = 0;
        foreach (Match word in CapitalisedWord().Matches(text))
        {
            if (word.Index < end)
            {
                continue;
            }
            var spans = new List<int> { word.Index + word.Length };
            for (var at = spans[0]; spans.Count < 3 && at < text.Length && text[at] == ' ';)
            {
                var next = at + 1;
                while (next < text.Length && (char.IsLetter(text[next]) || text[next] == '-'))
                {
                    next++;
                }
                if (next == at + 1)
                {
                    break;
                }
                spans.Add(at = next);
            }
            for (var k = spans.Count - 1; k >= 0; k--)
            {
                // Looked up by span: most capitalised words name no place, and their candidates need no strings.
                var length = spans[k] - word.Index;
                var found = Found(text.AsSpan(word.Index, length));
                if (found is { } name)
                {
                    yield return (name.Name, word.Index, length, name.Genitive);
                    end = spans[k];
                    break;
                }
            }
        }
    }

    /// <summary>The kommun or län that <paramref name="candidate"/> names as written, or a kommun in the genitive.</summary>
    private (string Name, bool Genitive)? Found(ReadOnlySpan<char> candidate)
    {
        if (_kommunByNameBySpan.ContainsKey(candidate) || _lanByNameBySpan.ContainsKey(candidate))
        {
            return (candidate.ToString(), false);
        }
        if (candidate.Length > 2 && candidate[^1] == 's' && _kommunByNameBySpan.ContainsKey(candidate[..^1]))
        {
            return (candidate[..^1].ToString(), true);
        }
        return null;
    }

    /// <summary>A kommun one letter away from <paramref name="written"/> (or its genitive), where exactly one is.</summary>
    private string? NearestKommun(string written)
    {
        if (written.Length < 6)
        {
            return null;
        }
        var near = _kommunByName.Where(k => k.Key.Length >= 5 &&
                                            (EditDistance.AtMostOne(written, k.Key) || EditDistance.AtMostOne(written, k.Key + "s")))
            .Select(k => k.Value).Distinct().ToList();
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>An ambiguous name used as a name: at the start of a heading ("Mark – medborgarlöften"), after "i"/"för".</summary>
    private static bool StandsAsName(string before, string after) =>
        (before.Length == 0 && (after.StartsWith('–') || after.StartsWith('-') || after.StartsWith(','))) ||
        EndsWithWord(before, "medborgarlöfte") || EndsWithWord(before, "medborgarlöften") || EndsWithWord(before, "Medborgarlöften i") ||
        EndsWithWord(before, "Medborgarlöfte i");

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    [GeneratedRegex(@"(lokalpolisområde(t|na)?|polisområde(t)?|lpo|område|lokalpolisområdeschef(en)?|lokalpolisen)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceAreaBefore();

    [GeneratedRegex(@"^(lokalpolisområde|lpo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceAreaAfter();

    [GeneratedRegex(@"(?<![\p{L}\-])(?<name>\p{Lu}[\p{Ll}\-]{4,})\s+(?:kommun|stad)\b")]
    private static partial Regex Misspelled();

    [GeneratedRegex(@"(?<![\p{L}\-])\p{Lu}[\p{L}\-]*")]
    private static partial Regex CapitalisedWord();
}

public enum PlaceKind
{
    Kommun,
    Lan,

    /// <summary>A kommun name used as the name of a lokalpolisområde ("chef lokalpolisområde Klippan").</summary>
    Lokalpolisomrade,

    /// <summary>A district of Stockholm, Göteborg or Malmö ("Kungsholmen", "Rosengård").</summary>
    Stadsdel,
}

/// <summary>A name found in text, the kommuner it stands for, and how it was written.</summary>
public sealed record PlaceMention(PlaceKind Kind, string Name, IReadOnlyList<string> Kommuner, int Position, bool Qualified = false, bool Genitive = false);
