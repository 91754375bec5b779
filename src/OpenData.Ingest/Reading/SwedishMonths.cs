namespace OpenData.Ingest.Reading;

/// <summary>Swedish month names and their abbreviations, as dates and news addresses write them.</summary>
public static class SwedishMonths
{
    private static readonly string[] Names =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>1–12 for "mars", "Mars", "sept", "okt."; null for anything else.</summary>
    public static int? Parse(string word)
    {
        var w = word.Trim('.').ToLowerInvariant();
        if (w.Length < 3)
        {
            return null;
        }
        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i] == w || (Names[i].StartsWith(w, StringComparison.Ordinal) && w.Length is >= 3 and <= 4))
            {
                return i + 1;
            }
        }
        return null;
    }

    /// <summary>A regex alternation of the month names and their usual abbreviations, for patterns that find dates.</summary>
    public const string Pattern = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|apr|aug|sept|sep|okt|nov|dec";
}
