using OpenData.Api.Features.Kommuner;
using OpenData.Core.Coverage;

namespace OpenData.Api.Features.Coverage;

/// <summary>One kommun's coverage in a year: its state, its löften's years and every address known for it.</summary>
public sealed record KommunCoverageView(KommunView Kommun, CoverageState State, IReadOnlyList<int> LofteYears, DateTime? LastFetched, IReadOnlyList<CoverageSource> Sources);
