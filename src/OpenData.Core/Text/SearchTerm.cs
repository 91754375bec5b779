namespace OpenData.Core.Text;

/// <summary>
/// One word of a search, as the index holds words: its stem, matched as a prefix of indexed stems when long enough
/// (Swedish compounds and Snowball's uneven stems: "trygghetsvandring" meets "trygghetsvandringar"), exactly when short.
/// </summary>
public sealed record SearchTerm(string Stem, bool IsPrefix)
{
    /// <summary>Stems shorter than this match only themselves: "syn" must not find "synpunkt".</summary>
    public const int ShortestPrefix = 4;

    /// <summary>The consonants after which Snowball's Swedish stemmer drops a final s ("insats" → "insat").</summary>
    private const string SEndings = "bcdfghjklmnoprtvy";

    public static SearchTerm ForWord(string word)
    {
        var stem = SwedishStemmer.Stem(word);
        // Snowball stems a base form ending in s one letter shorter than its plural ("insats" → "insat", "insatser" →
        // "insats"): searching the plural drops that s too, so it still finds the base form.
        if (stem.Length > ShortestPrefix && stem[^1] == 's' && SEndings.Contains(stem[^2], StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }
        return new SearchTerm(stem, stem.Length >= ShortestPrefix);
    }

    /// <summary>Whether an indexed stem is matched by this term.</summary>
    public bool Matches(string indexedStem) =>
        IsPrefix ? indexedStem.StartsWith(Stem, StringComparison.Ordinal) : indexedStem == Stem;
}
