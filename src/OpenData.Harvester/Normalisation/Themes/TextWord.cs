using System.Text;
namespace OpenData.Harvester.Normalisation.Themes;

/// <summary>One word of a text as the classifier sees it: as written, lower-cased, and where it stands.</summary>
internal sealed record TextWord(string Surface, string Lower, int Start, int End)
{
    /// <summary>
    /// The words of a text: runs of letters and digits. Hyphens and dashes separate words, so "IT-bedrägerier" gives
    /// "it" and "bedrägerier", and the "krog" of "krog- och stadsmiljö" stands as a word of its own.
    /// </summary>
    public static IReadOnlyList<TextWord> Split(string text)
    {
        var words = new List<TextWord>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var surface = text[start..i].Normalize(NormalizationForm.FormC);
                words.Add(new TextWord(surface, surface.ToLowerInvariant(), start, i));
                start = -1;
            }
        }
        return words;
    }
}
