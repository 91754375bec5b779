namespace OpenData.Core.Coverage;

/// <summary>A kommun's coverage in a year: its state, the years of its löften, and every address known for it.</summary>
public sealed record KommunCoverage(
    string KommunCode,
    CoverageState State,
    IReadOnlyList<int> LofteYears,
    DateTime? LastFetched,
    IReadOnlyList<CoverageSource> Sources);

/// <summary>
/// One address known for a kommun: why it is known (basis, how found), when it was last asked and what it answered.
/// Addresses discovery asked without finding a löfte are among them (kind DiscoveryProbe), so that "none found after
/// trying" shows what was tried.
/// </summary>
public sealed record CoverageSource(
    string Url,
    string Kind,
    string Basis,
    string? FoundBy,
    IReadOnlyList<string> SeenYears,
    DateTime? LastFetched,
    int? LastStatus,
    string? LastError,
    bool Gone,
    bool Failing);
