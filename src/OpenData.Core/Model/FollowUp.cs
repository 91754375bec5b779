namespace OpenData.Core.Model;

/// <summary>
/// One item a published follow-up reports, kept for good: what it says, the status it reports and the words that
/// decided it, who reports it, and the promise it was linked to with the score of that link. Null
/// <see cref="PromiseId"/> is a report about no promise we know, kept and shown as such rather than forced onto one.
/// </summary>
public sealed class FollowUp
{
    public int Id { get; set; }

    /// <summary>The reading of the snapshot it was read from: the archived body is the evidence.</summary>
    public int DocumentId { get; set; }

    public Document? Document { get; set; }

    /// <summary>Position in its document, from 1.</summary>
    public int Ordinal { get; set; }

    /// <summary>The heading it stands under ("Trafiksäkerhet").</summary>
    public string? Subject { get; set; }

    public required string Text { get; set; }

    /// <summary>The period it covers, as written ("maj-dec 2018").</summary>
    public string? Period { get; set; }

    /// <summary>The last day of <see cref="Period"/>: a promise's status is the report that covers the latest period.</summary>
    public DateOnly? CoversUntil { get; set; }

    public FollowUpStatus Status { get; set; }

    /// <summary>The words of the text that decided <see cref="Status"/>, so that a reader can check why.</summary>
    public List<string> DecidedBy { get; set; } = [];

    /// <summary>Polis (polisen.se) or kommun (its own site): a follow-up is self-reported, and the API says by whom.</summary>
    public Actor ReportedBy { get; set; }

    public int? PromiseId { get; set; }

    public Promise? Promise { get; set; }

    /// <summary>How well the text matched its promise (0–1); for an unmatched report, its nearest candidate's score.</summary>
    public double MatchScore { get; set; }

    /// <summary>A number reported done ("12 trafikinsatser"), with what it counts.</summary>
    public int? Count { get; set; }

    public string? CountUnit { get; set; }

    /// <summary><see cref="Count"/> against the promise's target: 12 against "minst 4" is 3.0 (300 %).</summary>
    public double? ShareOfTarget { get; set; }
}
