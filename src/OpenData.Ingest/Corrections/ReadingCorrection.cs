using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Corrections;

/// <summary>
/// One reviewed hand correction of the reading of one archived body: the fields it overrides (null: keep what was
/// read), why, and who reviewed it.
/// </summary>
public sealed record ReadingCorrection(
    string Sha256,
    string File,
    string Reason,
    string ReviewedBy,
    DocumentKind? Kind,
    IReadOnlyList<int>? Years,
    IReadOnlyList<string>? Kommuner,
    IReadOnlyList<string>? Promises)
{
    /// <summary>The reading with this correction's fields in place of what was read; its doubts answered by a person.</summary>
    public DocumentReading ApplyTo(DocumentReading reading, Extractor extractor) => reading with
    {
        Kind = Kind ?? reading.Kind,
        Years = Years ?? reading.Years,
        Kommuner = Kommuner ?? reading.Kommuner,
        // A promise the reader read with the same words keeps its reading; a new one is read as a listed one is.
        Promises = Promises?.Select(text =>
                reading.Promises.FirstOrDefault(p => string.Equals(p.Text.Trim(), text.Trim(), StringComparison.Ordinal))
                ?? extractor.ReadPromise(text.Trim()))
            .ToList() ?? reading.Promises,
        Confidence = ReadingConfidence.Certain,
        Correction = new ReadingCorrectionNote(Reason, ReviewedBy),
    };
}
