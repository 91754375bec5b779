using System.Collections.Concurrent;

namespace OpenData.Ingest.Reading.Themes;

/// <summary>
/// The terms of every theme, by the words they can begin at. Which terms a word can begin depends on the word alone,
/// and promises reuse a small vocabulary, so each word is tested against the four hundred terms once (only those that
/// can start with its first letter, and those that may start with any), remembered, and afterwards only its own few
/// terms are tried at it. Finds what trying every term at every word finds.
/// </summary>
internal sealed class TermIndex
{
    /// <summary>Words remembered at most; past it a word is tested each time, so memory stays bounded whatever is read.</summary>
    private const int MaxRemembered = 200_000;

    private static readonly (int Theme, TermPattern Term)[] None = [];

    private readonly Dictionary<char, (int Theme, TermPattern Term)[]> _byLeading;
    private readonly (int Theme, TermPattern Term)[] _anyLeading;

    /// <summary>The terms whose first word pattern matches a word, by the word as written (which decides its lower case too).</summary>
    private readonly ConcurrentDictionary<string, (int Theme, TermPattern Term)[]> _startingAt = new(StringComparer.Ordinal);
    private int _remembered;

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
    /// (first, last) word indexes, leaving out words that <paramref name="blocked"/> blocks for the theme (null: none).
    /// </summary>
    public void FindIn(List<TextWord> words, bool[]?[]? blocked, List<(int First, int Last)>[] spans)
    {
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var (theme, term) in StartingAt(words[start]))
            {
                var themeBlocked = blocked?[theme];
                if (themeBlocked is not null && themeBlocked[start])
                {
                    continue;
                }
                var last = term.MatchAfterFirst(words, themeBlocked, start);
                if (last >= 0)
                {
                    spans[theme].Add((start, last));
                }
            }
        }
    }

    private (int Theme, TermPattern Term)[] StartingAt(TextWord word)
    {
        if (_startingAt.TryGetValue(word.Surface, out var known))
        {
            return known;
        }
        var lower = word.Lower;
        var leading = lower.Length > 0 && _byLeading.TryGetValue(lower[0], out var candidates) ? candidates : None;
        var found = leading.Concat(_anyLeading).Where(t => t.Term.BeginsAt(word)).ToArray();
        if (found.Length == 0)
        {
            found = None;
        }
        if (_remembered < MaxRemembered && _startingAt.TryAdd(word.Surface, found))
        {
            Interlocked.Increment(ref _remembered);
        }
        return found;
    }
}
