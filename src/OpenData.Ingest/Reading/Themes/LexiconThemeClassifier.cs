using System.Text;
using System.Text.RegularExpressions;
using OpenData.Core;
using OpenData.Core.Themes;

namespace OpenData.Ingest.Reading.Themes;

/// <summary>
/// Classifies a promise by the lexicon that data/themes.json gives each theme: Snowball-stemmed Swedish words,
/// compounds found by their parts, phrases, and phrases in which a theme's word is said only in passing. A theme is
/// decided by its terms; where no theme is, the weak fallback terms may decide one; where nothing fits, none.
/// Every theme comes with the words of the text that decided it.
/// </summary>
public sealed partial class LexiconThemeClassifier : IThemeClassifier
{
    private readonly IReadOnlyList<CompiledTheme> _themes;

    public LexiconThemeClassifier(ThemeTaxonomy taxonomy)
    {
        TaxonomyVersion = taxonomy.Version;
        _themes = taxonomy.Themes.Select(CompiledTheme.From).ToList();
    }

    public static LexiconThemeClassifier Load(DataDirectory data) => new(ThemeTaxonomy.Load(data));

    public string TaxonomyVersion { get; }

    public IReadOnlyList<ThemeMatch> Classify(string text)
    {
        // Decomposed "å" (a + combining ring, as some PDFs give it) would otherwise split a word in two.
        text = text.Normalize(NormalizationForm.FormC);
        var words = TextWord.Split(text);
        var blocked = _themes.Select(t => t.InPassing(words)).ToList();
        var matches = Decide(text, words, blocked, t => t.Terms);
        return matches.Count > 0 ? matches : Decide(text, words, blocked, t => t.Fallback);
    }

    private List<ThemeMatch> Decide(string text, IReadOnlyList<TextWord> words, List<IReadOnlySet<int>> blocked,
        Func<CompiledTheme, IReadOnlyList<TermPattern>> terms)
    {
        var matches = new List<ThemeMatch>();
        for (var i = 0; i < _themes.Count; i++)
        {
            var spans = terms(_themes[i])
                .SelectMany(term => term.FindIn(words, blocked[i]))
                .Distinct()
                .OrderBy(s => s.First).ThenBy(s => s.Last);
            var decidedBy = spans
                .Select(s => Evidence(text, words[s.First].Start, words[s.Last].End))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (decidedBy.Count > 0)
            {
                matches.Add(new ThemeMatch(_themes[i].Code, decidedBy));
            }
        }
        return matches;
    }

    /// <summary>The deciding words as the text has them, whitespace folded and soft hyphens dropped.</summary>
    private static string Evidence(string text, int start, int end) =>
        Whitespace().Replace(text[start..end], " ").Replace(TextWord.SoftHyphen.ToString(), "", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>One theme's lexicon, compiled; a malformed term is reported with its theme.</summary>
    private sealed record CompiledTheme(string Code, IReadOnlyList<TermPattern> Terms, IReadOnlyList<TermPattern> Fallback, IReadOnlyList<TermPattern> Passing)
    {
        private static readonly IReadOnlySet<int> Nothing = new HashSet<int>();

        public static CompiledTheme From(ThemeDefinition theme) => new(
            theme.Code,
            Compile(theme, theme.Lexicon.Terms),
            Compile(theme, theme.Lexicon.Fallback),
            Compile(theme, theme.Lexicon.InPassing));

        /// <summary>The words that stand inside this theme's in-passing phrases.</summary>
        public IReadOnlySet<int> InPassing(IReadOnlyList<TextWord> words)
        {
            var blocked = new HashSet<int>();
            foreach (var (first, last) in Passing.SelectMany(p => p.FindIn(words, Nothing)))
            {
                blocked.UnionWith(Enumerable.Range(first, last - first + 1));
            }
            return blocked;
        }

        private static List<TermPattern> Compile(ThemeDefinition theme, IEnumerable<string> terms) =>
            terms.Select(term =>
            {
                try
                {
                    return TermPattern.Parse(term);
                }
                catch (FormatException e)
                {
                    throw new InvalidDataException($"theme '{theme.Code}': {e.Message}", e);
                }
            }).ToList();
    }
}
