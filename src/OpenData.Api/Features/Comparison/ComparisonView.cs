using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Themes;

namespace OpenData.Api.Features.Comparison;

/// <summary>
/// Kommuner side by side, theme by theme: one cell for every kommun and every theme, empty ones included.
/// <see cref="Years"/> is empty when the löften in force now were compared.
/// </summary>
public sealed record ComparisonView(IReadOnlyList<KommunView> Kommuner, IReadOnlyList<int> Years, IReadOnlyList<ThemeView> Themes, IReadOnlyList<ComparisonCellView> Cells)
{
    /// <summary>Per kommun, in the order asked: how many of its promises have a published follow-up, and how many are reported done.</summary>
    public IReadOnlyList<KommunFollowUpsView> FollowUps { get; init; } = [];
}
