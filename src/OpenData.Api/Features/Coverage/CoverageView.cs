using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Coverage;

/// <summary>Which kommuner had a löfte in force in a year, and which had none.</summary>
public sealed record CoverageView(int Year, IReadOnlyList<KommunView> With, IReadOnlyList<KommunView> Without);
