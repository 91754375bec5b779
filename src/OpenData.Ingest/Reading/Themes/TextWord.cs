namespace OpenData.Ingest.Reading.Themes;

/// <summary>One word of a text as the classifier sees it: as written, lower-cased, where it stands, and in which sentence.</summary>
internal sealed record TextWord(string Surface, string Lower, int Start, int End, int Sentence)
{
    /// <summary>Left inside words by hyphenated PDF and HTML text; it joins, it does not separate.</summary>
    public const char SoftHyphen = '\u00AD';

    /// <summary>
    /// The words of a text: runs of letters and digits. Hyphens and dashes separate words, so "IT-bedrägerier" gives
    /// "it" and "bedrägerier", and the "krog" of "krog- och stadsmiljö" stands as a word of its own; a soft hyphen
    /// stays inside its word ("trafik\u00ADinsatser" is "trafikinsatser"). The text is expected in NFC, where "å" is
    /// one letter. A sentence ends at ".", "!" or "?" before white space, so that a phrase never reads across two.
    /// </summary>
    public static List<TextWord> Split(string text)
    {
        var words = new List<TextWord>();
        var start = -1;
        var sentence = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == SoftHyphen);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var surface = text[start..i].Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);
                words.Add(new TextWord(surface, surface.ToLowerInvariant(), start, i, sentence));
                start = -1;
            }
            if (i < text.Length && text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                sentence++;
            }
        }
        return words;
    }
}
