using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;

namespace OpenData.Api.Features.Comparison;

/// <summary>What one kommun promises on one theme.</summary>
public sealed record ComparisonCellView(KommunView Kommun, ThemeView Theme, IReadOnlyList<PromiseView> Promises);
