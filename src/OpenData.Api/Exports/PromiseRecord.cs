using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;
using OpenData.Core.Model;

namespace OpenData.Api.Exports;

/// <summary>A promise with its actors, themes, targets and the document its text was last read from.</summary>
public sealed record PromiseRecord(
    PromiseView Promise,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ThemeView> Themes,
    IReadOnlyList<TargetView> Targets,
    DocumentRecord? Source);
