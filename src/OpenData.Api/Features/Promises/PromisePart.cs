namespace OpenData.Api.Features.Promises;

/// <summary>The lists of a promise that are rows of their own: which of them a read asks for.</summary>
[Flags]
public enum PromisePart
{
    None = 0,
    Actors = 1,
    Themes = 2,
    Targets = 4,
    All = Actors | Themes | Targets,
}
