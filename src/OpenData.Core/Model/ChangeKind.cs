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
}
