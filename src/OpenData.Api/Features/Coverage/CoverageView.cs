using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.Features.Coverage;

/// <summary>Which kommuner had a löfte in force in a year, and which had none.</summary>
public sealed record CoverageView(int Year, IReadOnlyList<KommunView> With, IReadOnlyList<KommunView> Without)
{
    /// <summary>The län the coverage was asked for; null: all of them.</summary>
    public string? Lan { get; init; }
}
