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
    private readonly WordPattern?[] _parts;

    private TermPattern(string text, WordPattern?[] parts)
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
        var parts = tokens.Select(t => t is "…" or "..." ? null : WordPattern.Parse(t)).ToArray();
        if (parts[0] is null || parts[^1] is null || parts.Zip(parts.Skip(1)).Any(p => p.First is null && p.Second is null))
        {
            throw new FormatException($"'{text}': a gap '…' stands between two words");
        }
        return new TermPattern(text, parts);
    }

    /// <summary>The first letter of every word the term can begin at, where its first word pattern fixes one.</summary>
    public char? Leading => _parts[0]!.Leading;

    /// <summary>Whether the term's first word pattern matches <paramref name="word"/>.</summary>
    public bool BeginsAt(TextWord word) => _parts[0]!.Matches(word);

    /// <summary>
    /// Where the term begins at word <paramref name="start"/> (<see cref="BeginsAt"/>, and not blocked there): the index
    /// of its last word when the rest of it follows within the sentence; else -1.
    /// </summary>
    public int MatchAfterFirst(List<TextWord> words, bool[]? blocked, int start) =>
        _parts.Length == 1 ? start : MatchFrom(words, blocked, words[start].Sentence, start + 1, 1);

    /// <summary>The index of the last word when parts from <paramref name="part"/> on match from word <paramref name="at"/>; else -1.</summary>
    private int MatchFrom(List<TextWord> words, bool[]? blocked, int sentence, int at, int part)
    {
        if (part == _parts.Length)
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
        if (at >= words.Count || words[at].Sentence != sentence || (blocked is not null && blocked[at]) || !pattern.Matches(words[at]))
        {
            return -1;
        }
        return MatchFrom(words, blocked, sentence, at + 1, part + 1);
    }

    public override string ToString() => Text;
}
