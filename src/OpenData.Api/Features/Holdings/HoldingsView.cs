namespace OpenData.Api.Features.Holdings;

/// <summary>
/// What the database holds, for a reader who wonders why a kommun has nothing: how many löften and promises, how
/// many pages they were read from, recorded in the archive or fetched live, and when those pages were read.
/// </summary>
public sealed record HoldingsView(
    int Loften, int Promises, int KommunerWithLofte, int RecordedPages, int FetchedPages,
    DateTime? FirstReadAt, DateTime? LastReadAt, string? LastHarvestMode, DateTime? LastHarvestAt);
