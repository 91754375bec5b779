using Lucene.Net.Tartarus.Snowball.Ext;

namespace OpenData.Core.Text;

/// <summary>
/// The Snowball Swedish stemmer (Lucene.Net's port), shared by everything that matches Swedish words: the theme
/// classifier and full-text search stem the same way at index and at query time, so "narkotikan" meets "narkotika".
/// Not thread-safe per instance (Snowball keeps state); use one per thread or <see cref="Stem"/>.
/// </summary>
public sealed class SwedishStemmer
{
    [ThreadStatic]
    private static SwedishStemmer? _perThread;

    private readonly Lucene.Net.Tartarus.Snowball.Ext.SwedishStemmer _snowball = new();

    /// <summary>The stem of one word: "trygghetsvandringar" → "trygghetsvandring", "narkotikan" → "narkotik".</summary>
    public string StemWord(string word)
    {
        var lower = word.ToLowerInvariant();
        var stem = Snowball(lower);
        // Snowball's Swedish rules have no definite singular -n after a vowel ("narkotikan", "kvinnan"): strip it
        // where Snowball left the word alone, so that the definite form meets its base form.
        if (stem == lower && lower.Length >= 6 && lower.EndsWith("an", StringComparison.Ordinal))
        {
            stem = Snowball(lower[..^1]);
        }
        return stem;
    }

    private string Snowball(string word)
    {
        _snowball.SetCurrent(word);
        _snowball.Stem();
        return _snowball.Current;
    }

    /// <summary>The stem of a word, with this thread's stemmer.</summary>
    public static string Stem(string word) => (_perThread ??= new SwedishStemmer()).StemWord(word);

    /// <summary>The words of a text (<see cref="Words"/>), each stemmed.</summary>
    public static IEnumerable<string> StemWords(string text) => Words.In(text).Select(w => Stem(w.Word));
}
