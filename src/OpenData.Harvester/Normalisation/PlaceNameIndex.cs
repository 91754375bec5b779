using System.Text.RegularExpressions;
using OpenData.Core.Reference;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// The names of kommuner, län and lokalpolisområden from the reference data, in the forms texts use: "Åsele",
/// "Svalövs kommun", "Västerås stad", "Region Gotland", "Jämtlands län", "lokalpolisområde Västra Mälardalen".
/// Finds them in text; deciding what a text is about is <see cref="KommunResolver"/>'s job.
/// </summary>
public sealed partial class PlaceNameIndex
{
    private readonly Dictionary<string, string> _kommunByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _kommunerByLan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lanByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lpoByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _kommunerByLpo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kommunNames = new(StringComparer.Ordinal);
    private readonly Regex _names;

    /// <summary>Kommun names that are also common Swedish words: they count only with "kommun" or a capital mid-sentence.</summary>
    private static readonly HashSet<string> AmbiguousNames =
        ["Mark", "Berg", "Ale", "Kil", "Vara", "Bjuv", "Sala", "Nora", "Hjo", "Eda", "Åre", "Laxå", "Salem", "Borås", "Boden", "Orsa", "Tanum", "Mora", "Lund", "Flen", "Tibro", "Ydre", "Heby", "Habo", "Osby", "Säter", "Ljusdal", "Gnosjö", "Tierp", "Storfors"];

    public PlaceNameIndex(ReferenceData reference)
    {
        foreach (var k in reference.Kommuner)
        {
            _kommunNames[k.Code] = k.Name;
            _kommunByName[k.Name] = k.Code;
            if (!_kommunerByLan.TryGetValue(k.LanCode, out var list))
            {
                _kommunerByLan[k.LanCode] = list = [];
            }
            list.Add(k.Code);
        }
        foreach (var l in reference.Lan)
        {
            _lanByName[l.Name] = l.Code;
        }
        foreach (var row in reference.Lokalpolisomraden)
        {
            _lpoByName[row.Name] = row.Name;
            if (!_kommunerByLpo.TryGetValue(row.Name, out var list))
            {
                _kommunerByLpo[row.Name] = list = [];
            }
            if (!list.Contains(row.KommunCode))
            {
                list.Add(row.KommunCode);
            }
        }
        var alternatives = _kommunByName.Keys.Concat(_lanByName.Keys)
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape);
        // A name, in the genitive or not, as a whole word; what precedes and follows is read by FindMentions.
        _names = new Regex(@"(?<![\p{L}\-])(?<name>" + string.Join("|", alternatives) + @")(?<gen>s)?(?![\p{L}\-])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public string KommunName(string code) => _kommunNames[code];

    public IReadOnlyList<string> KommunerInLan(string lanCode) => _kommunerByLan.GetValueOrDefault(lanCode) ?? [];

    public IReadOnlyList<string> KommunerOfLokalpolisomrade(string name) =>
        _kommunerByLpo.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    public IEnumerable<string> LokalpolisomradeNames => _lpoByName.Keys;

    /// <summary>Every kommun and län named in <paramref name="text"/>, in order.</summary>
    public IEnumerable<PlaceMention> FindMentions(string text)
    {
        foreach (Match m in _names.Matches(text))
        {
            var name = m.Groups["name"].Value;
            var after = text[(m.Index + m.Length)..].TrimStart();
            var before = text[..m.Index].TrimEnd();
            if (_lanByName.TryGetValue(name, out var lanCode))
            {
                yield return new PlaceMention(PlaceKind.Lan, name, KommunerInLan(lanCode), m.Index);
                continue;
            }
            var code = _kommunByName[name];
            var qualified = StartsWithWord(after, "kommun") || StartsWithWord(after, "stad") || StartsWithWord(after, "kommuns") ||
                            EndsWithWord(before, "Region");
            var genitive = m.Groups["gen"].Success;
            if (genitive && !qualified && !name.EndsWith('s'))
            {
                // "Åseles" alone is rarely a kommun; "Svalövs kommun" is.
                if (!StartsWithWord(after, "län"))
                {
                    yield return new PlaceMention(PlaceKind.Kommun, name, [code], m.Index, Qualified: false, Genitive: true);
                }
                continue;
            }
            if (StartsWithWord(after, "län"))
            {
                continue;
            }
            if (AmbiguousNames.Contains(name) && !qualified)
            {
                continue;
            }
            var policeArea = PoliceAreaBefore().IsMatch(before);
            yield return new PlaceMention(policeArea ? PlaceKind.Lokalpolisomrade : PlaceKind.Kommun, name, [code], m.Index, qualified);
        }
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    [GeneratedRegex(@"(lokalpolisområde(t|na)?|polisområde(t)?|lpo|område)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceAreaBefore();
}

public enum PlaceKind
{
    Kommun,
    Lan,

    /// <summary>A kommun name used as the name of a lokalpolisområde ("chef lokalpolisområde Klippan").</summary>
    Lokalpolisomrade,
}

/// <summary>A name found in text, the kommuner it stands for, and how it was written.</summary>
public sealed record PlaceMention(PlaceKind Kind, string Name, IReadOnlyList<string> Kommuner, int Position, bool Qualified = false, bool Genitive = false);
