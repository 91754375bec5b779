namespace OpenData.Ingest.Reading;

/// <summary>
/// Splits Swedish prose into sentences: a stop, space, then a capital letter, a digit or an opening quote or dash
/// starts a new one, unless the word before the stop is an abbreviation ("bl.a.", "t.ex.", "m.m.", "kl. 10", "3 kap.
/// 5 §") or an initial ("A. Svensson").
/// </summary>
public static class Sentences
{
    /// <summary>Abbreviations a sentence goes on after ("m.m.", "osv." may end one, and are not here).</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bl.a", "t.ex", "s.k", "d.v.s", "dvs", "ca", "kl", "nr", "resp", "jfr", "fr.o.m", "t.o.m", "st", "tel", "fig", "kap",
        "jan", "feb", "aug", "sept", "okt", "nov", "dec", "obs", "inkl", "exkl", "tf", "ev", "vs",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !IsSpace(text[i + 1]))
            {
                continue;
            }
            var next = i + 1;
            while (next < text.Length && IsSpace(text[next]))
            {
                next++;
            }
            if (next == text.Length || !OpensSentence(text[next]) || (text[i] == '.' && Abbreviated(text, start, i)))
            {
                continue;
            }
            AddTrimmed(sentences, text, start, i + 1);
            start = next;
            i = next - 1;
        }
        AddTrimmed(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    private static bool OpensSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '”' or '\'' or '–' or '-';

    /// <summary>Whether the word ending at the stop <paramref name="dot"/> is an abbreviation or a single letter.</summary>
    private static bool Abbreviated(string text, int start, int dot)
    {
        var from = dot;
        while (from > start && (char.IsLetter(text[from - 1]) || text[from - 1] == '.'))
        {
            from--;
        }
        var word = text[from..dot];
        return word.Length == 1 || Abbreviations.Contains(word) || (word.Length <= 2 && from >= 2 && text[from - 2] == '.');
    }

    private static void AddTrimmed(List<string> sentences, string text, int from, int to)
    {
        var sentence = text[from..to].Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
