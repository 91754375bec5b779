using System.Text.Json.Serialization;

namespace OpenData.Core.Themes;

/// <summary>
/// The words that decide a theme, written as patterns that the classifier compiles (data/themes.json's "lexiconSyntax"
/// explains them): <c>trafik*</c> begins a word, <c>*stöld</c> ends one (any inflection), <c>*narkotika*</c> is
/// anywhere in one, <c>=samverkan</c> is exactly that form, <c>SIG</c> in capitals is that acronym, a plain word is
/// any of its inflections, and words separated by spaces are a phrase (<c>…</c> skips up to four words).
/// </summary>
public sealed class ThemeLexicon
{
    /// <summary>Each of these, found in a text, decides the theme.</summary>
    [JsonPropertyName("terms")]
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Weak signs: they decide the theme only where no theme's own terms decided anything.</summary>
    [JsonPropertyName("fallback")]
    public IReadOnlyList<string> Fallback { get; init; } = [];

    /// <summary>Phrases in which this theme's words are said in passing ("i samverkan med"): words inside them do not decide it.</summary>
    [JsonPropertyName("inPassing")]
    public IReadOnlyList<string> InPassing { get; init; } = [];
}
