using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Ingest.Storage;

/// <summary>
/// Records in the change feed that a person corrected a reading by hand: one change per löfte the document is read
/// into, its reason and reviewer as `after`; the promises it added or removed are recorded beside it as a harvest's are.
/// </summary>
public static class CorrectionChanges
{
    /// <summary>Records the correction where it is new to the document; returns how many changes it recorded.</summary>
    /// <param name="db">The transaction's context, the document saved in it.</param>
    /// <param name="document">The document as corrected, its löften written.</param>
    /// <param name="previousReason">The correction the document carried before this reading; null where none.</param>
    /// <param name="snapshot">The snapshot it was read from.</param>
    /// <param name="now">The time to record.</param>
    /// <param name="ct">Stops before anything is saved.</param>
    public static async Task<int> RecordAsync(OpenDataContext db, Document document, string? previousReason, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        if (document.CorrectionReason is null || document.CorrectionReason == previousReason)
        {
            return 0;
        }
        await db.SaveChangesAsync(ct);
        var loften = await db.Set<LofteDocument>().Where(l => l.DocumentId == document.Id).Select(l => l.LofteId).Distinct().ToListAsync(ct);
        foreach (var lofteId in loften)
        {
            db.Changes.Add(new Change
            {
                At = now, Kind = ChangeKind.ReadingCorrected, LofteId = lofteId,
                After = $"{document.CorrectionReason} (granskad av {document.CorrectionReviewedBy})",
                ToSnapshotId = snapshot.Id,
            });
        }
        return loften.Count;
    }
}
