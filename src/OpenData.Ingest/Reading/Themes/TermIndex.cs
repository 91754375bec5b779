namespace OpenData.Ingest.Reading.Themes;

/// <summary>
/// The terms of every theme, looked up by the first letter of the word they begin at: each word of a promise meets
/// only the terms that can start with it (a few dozen of some four hundred), and the terms that may start with any
/// letter (compounds' last parts, letters inside a word, acronyms). Finds what trying every term at every word finds.
/// </summary>
internal sealed class TermIndex
{
    private static readonly (int Theme, TermPattern Term)[] None = [];

    private readonly Dictionary<char, (int Theme, TermPattern Term)[]> _byLeading;
    private readonly (int Theme, TermPattern Term)[] _anyLeading;

    /// <param name="themes">Each theme's terms, by the theme's index.</param>
    public TermIndex(IReadOnlyList<IReadOnlyList<TermPattern>> themes)
    {
        var all = themes.SelectMany((terms, theme) => terms.Select(term => (Theme: theme, Term: term))).ToList();
        _byLeading = all.Where(t => t.Term.Leading is not null)
            .GroupBy(t => t.Term.Leading!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
        _anyLeading = all.Where(t => t.Term.Leading is null).ToArray();
    }

    /// <summary>
    /// Adds every place a theme's term stands in the words to that theme's list in <paramref name="spans"/>, as
    /// (first, last) word indexes, leaving out words that <paramref name="blocked"/> blocks for the theme.
    /// </summary>
    public void FindIn(List<TextWord> words, bool[]?[] blocked, List<(int First, int Last)>[] spans)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var lower = words[start].Lower;
            var leading = lower.Length > 0 && _byLeading.TryGetValue(lower[0], out var found) ? found : None;
            Try(leading, words, blocked, spans, start);
            Try(_anyLeading, words, blocked, spans, start);
        }
    }

    private static void Try((int Theme, TermPattern Term)[] terms, List<TextWord> words, bool[]?[] blocked, List<(int First, int Last)>[] spans, int start)
    {
        foreach (var (theme, term) in terms)
        {
            var last = term.MatchAt(words, blocked[theme], start);
            if (last >= 0)
            {
                spans[theme].Add((start, last));
            }
        }
    }
}
