namespace OpenData.Api.Features.Documents;

/// <summary>One fetch of a source: when, from where, and the hash its archived body is served by.</summary>
public sealed record SnapshotView(long Id, DateTime FetchedAt, string? Url, string Sha256, string ContentType, string? Attribution);
