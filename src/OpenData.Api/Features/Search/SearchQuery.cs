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
        var terms = Words.In(text).Select(w => SearchTerm.ForWord(w.Word)).Distinct().ToList();
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

    /// <summary>HTML-escapes only what HTML needs: å, ä and ö stay as they are.</summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// The text with every word that a term matches wrapped in &lt;mark&gt;, the rest HTML-escaped, so that a page
    /// can show it as it is. The same stems decide as in the index, so what is marked is what was found.
    /// </summary>
    public string Highlight(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (start, word) in Words.In(text))
        {
            html.Append(Escape(text[at..start]));
            var stem = SwedishStemmer.Stem(word);
            var marked = Terms.Any(t => t.Matches(stem));
            html.Append(marked ? "<mark>" : "").Append(Escape(word)).Append(marked ? "</mark>" : "");
            at = start + word.Length;
        }
        html.Append(Escape(text[at..]));
        return html.ToString();
    }
}
