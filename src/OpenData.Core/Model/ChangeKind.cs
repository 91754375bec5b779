namespace OpenData.Core.Model;

public enum ChangeKind
{
    LofteAdded,
    LofteSuperseded,
    LofteWithdrawn,
    PromiseAdded,
    PromiseChanged,
    PromiseRemoved,

    /// <summary>`reclassify` gave a promise other themes (a taxonomy or lexicon change); Before and After are the theme codes.</summary>
    PromiseReclassified,

    /// <summary>A published follow-up gave a promise another status (or its first): Before and After are the status words (done, partly …).</summary>
    PromiseStatusChanged,

    /// <summary>A person corrected the reading of one of the löfte's documents by hand (data/corrections): After is the reason and reviewer.</summary>
    ReadingCorrected,
}
