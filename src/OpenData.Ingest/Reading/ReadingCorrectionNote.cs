namespace OpenData.Ingest.Reading;

/// <summary>That a person corrected a reading by hand, why, and who reviewed it: what the store and the API show.</summary>
public sealed record ReadingCorrectionNote(string Reason, string ReviewedBy);
