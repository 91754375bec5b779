using OpenData.Api.Features.FollowUps;
using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;
using OpenData.Core.Model;

namespace OpenData.Api.Exports;

/// <summary>A promise with its actors, themes, targets, the document its text was last read from, and its follow-ups oldest first.</summary>
public sealed record PromiseRecord(
    PromiseView Promise,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ThemeView> Themes,
    IReadOnlyList<TargetView> Targets,
    DocumentRecord? Source,
    IReadOnlyList<FollowUpView> FollowUps)
{
    /// <summary>The latest follow-up's verdict; null where none was published.</summary>
    public FollowUpStatus? Status => FollowUps.Count == 0 ? null : FollowUps[^1].Status;
}
