using System.Text;
using OpenData.Core.Text;

namespace OpenData.Api.Features.Search;

/// <summary>
/// What a user typed into search, read as the index reads text: every word stemmed by the same Swedish stemmer.
/// Every word must match (AND), in any order.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxWords = 12;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Reads a search; a refusal names what is wrong with it.</summary>
    public static SearchQuery Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new QueryException($"search is at most {MaxLength} characters (got {text.Length}).");
        }
        var terms = Words(text).Select(SearchTerm.ForWord).Distinct().ToList();
        if (terms.Count == 0)
        {
            throw new QueryException($"search has no words to look for: '{text}'.");
        }
        if (terms.Count > MaxWords)
        {
            throw new QueryException($"search takes at most {MaxWords} words (got {terms.Count}).");
        }
        return new SearchQuery(terms);
    }

    /// <summary>The words of a text as the index splits them: runs of letters and digits.</summary>
    public static IEnumerable<(int Start, string Word)> WordsAt(string text)
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

    /// <summary>HTML-escapes only what HTML needs: å, ä and ö stay as they are.</summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    private static IEnumerable<string> Words(string text) => WordsAt(text).Select(w => w.Word);

    /// <summary>
    /// The text with every word that a term matches wrapped in &lt;mark&gt;, the rest HTML-escaped, so that a page
    /// can show it as it is. The same stems decide as in the index, so what is marked is what was found.
    /// </summary>
    public string Highlight(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (start, word) in WordsAt(text))
        {
            html.Append(Escape(text[at..start]));
            var stem = Core.Text.SwedishStemmer.Stem(word);
            var marked = Terms.Any(t => t.Matches(stem));
            html.Append(marked ? "<mark>" : "").Append(Escape(word)).Append(marked ? "</mark>" : "");
            at = start + word.Length;
        }
        html.Append(Escape(text[at..]));
        return html.ToString();
    }
}
