namespace OpenData.Ingest.Reading.Themes;

/// <summary>Classifies a promise's text into the theme taxonomy, saying which words decided each theme.</summary>
public interface IThemeClassifier
{
    /// <summary>The taxonomy version every classification records ("themes-v1").</summary>
    string TaxonomyVersion { get; }

    IReadOnlyList<ThemeMatch> Classify(string text);
}

/// <summary>A theme a text is about, and the words in it that decided so.</summary>
public sealed record ThemeMatch(string Code, IReadOnlyList<string> DecidedBy);
