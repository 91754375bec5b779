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

    /// <summary>Every theme's terms, and apart from them the fallback terms that decide only where no term does.</summary>
    private readonly TermIndex _terms;
    private readonly TermIndex _fallback;
    private readonly TermIndex _passing; // the phrases that say a theme's word only in passing

    public LexiconThemeClassifier(ThemeTaxonomy taxonomy)
    {
        TaxonomyVersion = taxonomy.Version;
        _themes = taxonomy.Themes.Select(CompiledTheme.From).ToList();
        _terms = new TermIndex(_themes.Select(t => t.Terms).ToList());
        _fallback = new TermIndex(_themes.Select(t => t.Fallback).ToList());
        _passing = new TermIndex(_themes.Select(t => t.Passing).ToList());
    }

    public static LexiconThemeClassifier Load(DataDirectory data) => new(ThemeTaxonomy.Load(data));

    public string TaxonomyVersion { get; }

    public IReadOnlyList<ThemeMatch> Classify(string text)
    {
        // Decomposed "å" (a + combining ring, as some PDFs give it) would otherwise split a word in two.
        text = text.Normalize(NormalizationForm.FormC);
        var words = TextWord.Split(text);
        var spans = new List<(int First, int Last)>[_themes.Count];
        for (var i = 0; i < _themes.Count; i++)
        {
            spans[i] = [];
        }
        // The words inside a theme's in-passing phrases never decide that theme.
        _passing.FindIn(words, null, spans);
        var blocked = new bool[]?[_themes.Count];
        for (var i = 0; i < _themes.Count; i++)
        {
            if (spans[i].Count > 0)
            {
                blocked[i] = new bool[words.Count];
                foreach (var (first, last) in spans[i])
                {
                    Array.Fill(blocked[i]!, true, first, last - first + 1);
                }
            }
        }
        var matches = Decide(text, words, blocked, _terms, spans);
        return matches.Count > 0 ? matches : Decide(text, words, blocked, _fallback, spans);
    }

    private List<ThemeMatch> Decide(string text, List<TextWord> words, bool[]?[] blocked, TermIndex terms, List<(int First, int Last)>[] spans)
    {
        foreach (var list in spans)
        {
            list.Clear();
        }
        terms.FindIn(words, blocked, spans);
        var matches = new List<ThemeMatch>();
        for (var i = 0; i < _themes.Count; i++)
        {
            var found = spans[i];
            if (found.Count == 0)
            {
                continue;
            }
            // In text order, each place once, and each wording once whatever its case.
            found.Sort();
            var decidedBy = new List<string>();
            for (var k = 0; k < found.Count; k++)
            {
                if (k > 0 && found[k] == found[k - 1])
                {
                    continue;
                }
                var evidence = Evidence(text, words[found[k].First].Start, words[found[k].Last].End);
                if (!decidedBy.Exists(e => string.Equals(e, evidence, StringComparison.OrdinalIgnoreCase)))
                {
                    decidedBy.Add(evidence);
                }
            }
            matches.Add(new ThemeMatch(_themes[i].Code, decidedBy));
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
        public static CompiledTheme From(ThemeDefinition theme) => new(
            theme.Code,
            Compile(theme, theme.Lexicon.Terms),
            Compile(theme, theme.Lexicon.Fallback),
            Compile(theme, theme.Lexicon.InPassing));

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
