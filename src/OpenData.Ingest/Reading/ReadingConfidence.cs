using OpenData.Core.Model;

namespace OpenData.Ingest.Reading;

/// <summary>How sure the reader is of one reading (0..1) and why it is not surer, most serious reason first.</summary>
public sealed record ReadingConfidence(double Score, IReadOnlyList<UncertaintyReason> Reasons)
{
    public static readonly ReadingConfidence Certain = new(1, []);

    public bool Uncertain => ReadingCertainty.IsUncertain(Score);
}
