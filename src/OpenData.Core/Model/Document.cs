namespace OpenData.Core.Model;

/// <summary>What one snapshot says: its kind, title, date, the kommuner it is about and the people it names.</summary>
public sealed class Document
{
    public int Id { get; set; }

    public long SnapshotId { get; set; }

    public Snapshot? Snapshot { get; set; }

    public DocumentKind Kind { get; set; }

    public required string Title { get; set; }

    public DateOnly? Published { get; set; }

    public string? Url { get; set; }

    /// <summary>The calendar years the text ties the löfte to, ranges expanded.</summary>
    public List<int> Years { get; set; } = [];

    /// <summary>Lokalpolisområden named in the text, as written.</summary>
    public List<string> LokalpolisomradeNames { get; set; } = [];

    /// <summary>Which extractor read it, so a better one can re-read what an older one read.</summary>
    public required string ExtractorVersion { get; set; }

    /// <summary>
    /// SHA-256 of the reading in a normalised, sorted form: a page re-fetched with other bytes but the same
    /// content gets no new document, so nothing churns.
    /// </summary>
    public string? Fingerprint { get; set; }

    public DateTime ReadAt { get; set; }

    /// <summary>How sure the reader is of this reading, 0..1 (1 where nothing gave it doubt); see <see cref="ReadingCertainty"/>.</summary>
    public double Confidence { get; set; } = 1;

    /// <summary>What gave the reader doubt, most serious first.</summary>
    public List<UncertaintyReason> UncertainReasons { get; set; } = [];

    /// <summary>Why a person corrected this reading by hand (data/corrections); null where nobody did.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>Who reviewed that correction.</summary>
    public string? CorrectionReviewedBy { get; set; }

    public List<DocumentKommun> Kommuner { get; } = [];

    public List<Person> People { get; } = [];

    public List<LofteDocument> Loften { get; } = [];
}

/// <summary>A kommun a document is about.</summary>
public sealed class DocumentKommun
{
    public int DocumentId { get; set; }

    public required string KommunCode { get; set; }

    public Kommun? Kommun { get; set; }
}
