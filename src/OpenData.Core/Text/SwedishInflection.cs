namespace OpenData.Core.Text;

/// <summary>
/// Whether a word is an inflected form of a base word: the base, or its Snowball stem, followed by one Swedish
/// inflectional ending ("närvaron" of "närvaro", "skolor" of "skola", "hotet" of "hot"). Snowball's stem alone both
/// misses forms whose ending falls outside its suffix region ("hotet" stays "hotet") and strips derivations
/// ("förare" and "för" share the stem "för", "otryggheten" and "otrygga" share "otrygg"); a closed list of endings
/// after a stem that keeps the word's body says exactly which forms belong to a word.
/// </summary>
public static class SwedishInflection
{
    /// <summary>Noun, adjective and verb endings, with the genitive -s; derivations (-het, -ning, -lig, -are) are not here.</summary>
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "", "a", "d", "e", "n", "r", "s", "t",
        "ad", "an", "ar", "as", "at", "de", "dd", "en", "er", "es", "et", "na", "ns", "or", "rs", "te", "ts", "tt",
        "ade", "are", "ars", "ast", "ats", "ena", "ens", "ers", "ets", "nas", "ors",
        "ades", "ande", "aren", "arna", "aste", "ende", "erna", "orna",
        "andes", "andet", "arens", "arnas", "ernas", "ornas",
    };

    /// <summary>The endings looked up by span: classification asks this for every word of every promise.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndingsBySpan = Endings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The beginnings a base word's forms are built on: the word itself, and its Snowball stem where the stem only
    /// drops a final vowel ("skola" → "skol"), not where it cuts into a derivation ("förare" → "för") or takes a
    /// noun to its verb ("samverkan" → "samverk", the stem of "samverka").
    /// </summary>
    public static IReadOnlyList<string> Bases(string baseWord)
    {
        var lemma = baseWord.ToLowerInvariant();
        var stem = SwedishStemmer.Stem(lemma);
        return stem != lemma && stem.Length >= 3 && lemma.Length - stem.Length == 1 && lemma.StartsWith(stem, StringComparison.Ordinal)
            ? [lemma, stem]
            : [lemma];
    }

    /// <summary>"närvaron" is a form of "närvaro", "insatser" of "insats", "skolor" of "skola"; "hotell" is not one of "hot".</summary>
    public static bool IsFormOf(string word, string baseWord)
    {
        var lower = word.ToLowerInvariant();
        return Bases(baseWord).Any(b => HasEnding(lower, b));
    }

    /// <summary>Whether a lower-case word is exactly the given beginning plus one inflectional ending (or none).</summary>
    public static bool HasEnding(ReadOnlySpan<char> word, string beginning) =>
        beginning.Length > 0 && word.StartsWith(beginning, StringComparison.Ordinal) && EndingsBySpan.Contains(word[beginning.Length..]);
}
