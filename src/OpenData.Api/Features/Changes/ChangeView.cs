using OpenData.Core.Model;

namespace OpenData.Api.Features.Changes;

/// <summary>One recorded change, with the snapshots it was read between.</summary>
public sealed record ChangeView(
    long Id, DateTime At, ChangeKind Kind, int LofteId, int? PromiseId, string? Before, string? After,
    long? FromSnapshotId, long? ToSnapshotId);
