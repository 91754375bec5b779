using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Storage;

/// <summary>The Document row that records a snapshot's reading by the extractor of this build (one per snapshot).</summary>
public static class DocumentFromReading
{
    /// <summary>A new document for a snapshot. The fingerprint is the reading's, which the caller has compared already.</summary>
    public static Document Create(DocumentReading reading, string fingerprint, Snapshot snapshot, string? url, DateTime readAt)
    {
        var document = new Document { Snapshot = snapshot, Title = reading.Title, ExtractorVersion = Extractor.Version };
        Replace(document, reading, fingerprint, url, readAt);
        return document;
    }

    /// <summary>
    /// Puts a new reading of the same snapshot in place of the old one. Kommuner are kept, added and removed one by one
    /// so that a kommun both readings name keeps its row.
    /// </summary>
    public static void Replace(Document document, DocumentReading reading, string fingerprint, string? url, DateTime readAt)
    {
        document.Kind = reading.Kind;
        document.Title = reading.Title;
        document.Published = reading.Published;
        document.Url = url;
        document.Years = reading.Years.ToList();
        document.LokalpolisomradeNames = reading.Lokalpolisomraden.ToList();
        document.ExtractorVersion = Extractor.Version;
        document.Fingerprint = fingerprint;
        document.ReadAt = readAt;
        Judge(document, reading);
        document.Kommuner.RemoveAll(k => !reading.Kommuner.Contains(k.KommunCode));
        document.Kommuner.AddRange(reading.Kommuner.Distinct()
            .Where(code => document.Kommuner.All(k => k.KommunCode != code))
            .Select(code => new DocumentKommun { KommunCode = code }));
        document.People.Clear();
        document.People.AddRange(reading.People.Select(person => new Person { Name = person.Name, Role = person.Role, Organisation = person.Organisation }));
    }

    /// <summary>The reading's confidence and hand correction, which a reading that came out the same renews too.</summary>
    public static void Judge(Document document, DocumentReading reading)
    {
        document.Confidence = reading.Confidence.Score;
        document.UncertainReasons = reading.Confidence.Reasons.ToList();
        document.CorrectionReason = reading.Correction?.Reason;
        document.CorrectionReviewedBy = reading.Correction?.ReviewedBy;
    }
}
