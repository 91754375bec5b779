using OpenData.Core.Model;

namespace OpenData.Api.Features.Feeds;

/// <summary>
/// One change as a feed entry: what changed, in which löfte, for which kommuner, when the data changed (the change
/// feed's time, never a later re-read), and the SHA-256 of the archived page or file it was read from where known.
/// </summary>
public sealed record FeedEntryView(
    long ChangeId, DateTime At, ChangeKind Kind, string LofteKey, string? Area, int? FirstYear, int? LastYear,
    IReadOnlyList<KommunName> Kommuner, string? PromiseText, string? Before, string? After, string? SourceSha256);

public sealed record KommunName(string Code, string Name);
