using OpenData.Core.Model;

namespace OpenData.Api.Features.Documents;

/// <summary>
/// A document as the API shows it: what one snapshot said. ChangedAt is when its data last changed
/// (<see cref="Changes.ChangedAt.DocumentRule"/>): a source's unchanged content makes no new document, so its data
/// changes only where a change row from its snapshot says so (a reading, a hand correction, a newer extractor).
/// </summary>
public sealed record DocumentView(int Id, DocumentKind Kind, string Title, DateOnly? Published, string? Url, long SnapshotId, DateTime ReadAt, string ExtractorVersion, DateTime ChangedAt)
{
    /// <summary>How sure the reader was of this reading, 0..1.</summary>
    public double Confidence { get; init; } = 1;

    public IReadOnlyList<UncertaintyReason> UncertainReasons { get; init; } = [];

    /// <summary>Why a person corrected the reading by hand; null where nobody did.</summary>
    public string? CorrectionReason { get; init; }

    public string? CorrectionReviewedBy { get; init; }

    /// <summary>
    /// The fetch it was read from, read in the same statement (the document's changedAt joins it anyway); null only
    /// for a snapshot without a body, which no reading comes from.
    /// </summary>
    public SnapshotView? Snapshot { get; init; }

    public bool Uncertain => ReadingCertainty.IsUncertain(Confidence);

    public CorrectionView? Correction => CorrectionReason is null ? null : new CorrectionView(CorrectionReason, CorrectionReviewedBy ?? "");
}
