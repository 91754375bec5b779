using System.Text;

namespace OpenData.Ingest.Formats;

/// <summary>Whitespace as published text has it: non-breaking spaces, tabs, soft hyphens and zero-width marks.</summary>
public static class Whitespace
{
    /// <summary>The length of <see cref="Fold"/>'s result, without making it: pages measure every paragraph so.</summary>
    public static int FoldedLength(string text)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }
            if (IsSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                length++;
                space = false;
            }
            length++;
        }
        return length;
    }

    /// <summary>Whether folding would leave the text as it is: single plain spaces between words, nothing invisible.</summary>
    private static bool IsFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i + 1] == ' ')
                {
                    return false;
                }
            }
            else if (IsInvisible(c) || IsSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    public static string Fold(string text)
    {
        if (IsFolded(text))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }
            if (IsSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
