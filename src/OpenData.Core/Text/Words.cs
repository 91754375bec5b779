namespace OpenData.Core.Text;

/// <summary>
/// The words of a text as full-text search splits them, at index and at query time alike: runs of letters and
/// digits. One definition, so that what search highlights is what the index matched.
/// </summary>
public static class Words
{
    /// <summary>Each word as written, with the index it starts at.</summary>
    public static IEnumerable<(int Start, string Word)> In(string text)
    {
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
                yield return (start, text[start..i]);
                start = -1;
            }
        }
    }
}
