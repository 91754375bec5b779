using OpenData.Api.Features.Themes;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Promises;

/// <summary>A promise's actors, themes and targets, each in the order the API shows it; a list not asked for is empty.</summary>
public sealed record PromiseParts(IReadOnlyList<Actor> Actors, IReadOnlyList<ThemeView> Themes, IReadOnlyList<TargetView> Targets)
{
    public static PromiseParts None { get; } = new([], [], []);
}
