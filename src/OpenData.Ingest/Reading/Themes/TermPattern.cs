namespace OpenData.Ingest.Reading.Themes;

/// <summary>
/// A lexicon term: one word pattern, or a phrase of them over consecutive words ("våld i nära relation*",
/// "social* insatsgrupp*"), where "…" lets up to four words stand between two parts ("följ* upp … löfte*"); a phrase
/// stays within one sentence.
/// </summary>
internal sealed class TermPattern
{
    private const int MaxGap = 4;

    /// <summary>Null where the phrase allows a gap.</summary>
    private readonly IReadOnlyList<WordPattern?> _parts;

    private TermPattern(string text, IReadOnlyList<WordPattern?> parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public static TermPattern Parse(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            throw new FormatException("an empty lexicon term");
        }
        var parts = tokens.Select(t => t is "…" or "..." ? null : WordPattern.Parse(t)).ToList();
        if (parts[0] is null || parts[^1] is null || parts.Zip(parts.Skip(1)).Any(p => p.First is null && p.Second is null))
        {
            throw new FormatException($"'{text}': a gap '…' stands between two words");
        }
        return new TermPattern(text, parts);
    }

    /// <summary>Every place the term stands in the words, as (first, last) word indexes; blocked words never match.</summary>
    public IEnumerable<(int First, int Last)> FindIn(IReadOnlyList<TextWord> words, IReadOnlySet<int> blocked)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var last = MatchFrom(words, blocked, words[start].Sentence, start, 0);
            if (last >= 0)
            {
                yield return (start, last);
            }
        }
    }

    /// <summary>The index of the last word when parts from <paramref name="part"/> on match from word <paramref name="at"/>; else -1.</summary>
    private int MatchFrom(IReadOnlyList<TextWord> words, IReadOnlySet<int> blocked, int sentence, int at, int part)
    {
        if (part == _parts.Count)
        {
            return at - 1;
        }
        if (_parts[part] is not { } pattern)
        {
            for (var skip = 0; skip <= MaxGap; skip++)
            {
                var last = MatchFrom(words, blocked, sentence, at + skip, part + 1);
                if (last >= 0)
                {
                    return last;
                }
            }
            return -1;
        }
        if (at >= words.Count || words[at].Sentence != sentence || blocked.Contains(at) || !pattern.Matches(words[at]))
        {
            return -1;
        }
        return MatchFrom(words, blocked, sentence, at + 1, part + 1);
    }

    public override string ToString() => Text;
}
