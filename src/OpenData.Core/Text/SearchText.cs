namespace OpenData.Core.Text;

/// <summary>
/// The form of a text that full-text search indexes: its words, lower case and Snowball-stemmed, separated by
/// spaces. The search query is stemmed by the same <see cref="SwedishStemmer"/>, so inflections meet.
/// </summary>
public static class SearchText
{
    public static string Of(string text) => string.Join(' ', SwedishStemmer.StemWords(text));
}
