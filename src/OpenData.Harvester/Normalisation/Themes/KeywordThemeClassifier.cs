using System.Text.RegularExpressions;
using OpenData.Core.Themes;

namespace OpenData.Harvester.Normalisation.Themes;

/// <summary>
/// A first classifier: each theme is decided by the words of its own definition in the taxonomy ("about"), matched
/// as word beginnings so that "trafikinsatser" finds "trafik". Multi-label; none where nothing fits.
/// </summary>
public sealed partial class KeywordThemeClassifier : IThemeClassifier
{
    private readonly List<(string Code, string[] Stems)> _themes;

    public KeywordThemeClassifier(ThemeTaxonomy taxonomy)
    {
        TaxonomyVersion = taxonomy.Version;
        _themes = taxonomy.Themes
            .Select(t => (t.Code, Stems(t.About ?? "").ToArray()))
            .ToList();
    }

    public string TaxonomyVersion { get; }

    public IReadOnlyList<ThemeMatch> Classify(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var matches = new List<ThemeMatch>();
        foreach (var (code, stems) in _themes)
        {
            var decided = words.Where(w => stems.Any(s => w.StartsWith(s, StringComparison.Ordinal))).Distinct().ToList();
            if (decided.Count > 0)
            {
                matches.Add(new ThemeMatch(code, decided));
            }
        }
        return matches;
    }

    private static IEnumerable<string> Stems(string about) =>
        Word().Matches(about.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => w.Length >= 6)
            .Select(w => w[..Math.Min(w.Length, 7)])
            .Distinct();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
