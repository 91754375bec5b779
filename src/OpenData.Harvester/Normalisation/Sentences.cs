using System.Text.RegularExpressions;

namespace OpenData.Harvester.Normalisation;

/// <summary>Splits Swedish prose into sentences without breaking at abbreviations ("bl.a.", "t.ex.", "m.m.", "kl. 10").</summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            // Only the last word before the stop can be an abbreviation.
            if (Abbreviation().IsMatch(text.AsSpan(Math.Max(start, m.Index - 12), m.Index - Math.Max(start, m.Index - 12))))
            {
                continue;
            }
            sentences.Add(text[start..m.Index].Trim());
            start = m.Index + m.Length;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            sentences.Add(rest);
        }
        return sentences.Where(s => s.Length > 0).ToList();
    }

    // A stop, then space, then a capital letter, a digit or an opening quote.
    [GeneratedRegex(@"(?<=[.!?])[\s\u00A0]+(?=[\p{Lu}\d""”'–-])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?i)(\b(bl\.a|t\.ex|m\.m|s\.k|d\.v\.s|dvs|ca|kl|nr|resp|jfr|bl\. a|t\. ex|m\. fl|m\.fl|fr\.o\.m|t\.o\.m|o\.s\.v|osv|st|tel|fig|s|kap|jan|feb|aug|sept|okt|nov|dec|p|nr|obs|inkl|exkl|bl\.a)\.|\b\p{Lu}\.)$")]
    private static partial Regex Abbreviation();
}
