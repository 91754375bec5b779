namespace OpenData.Api.Features.Documents;

/// <summary>A reading corrected by hand from a reviewed file in data/corrections: why, and who reviewed it.</summary>
public sealed record CorrectionView(string Reason, string ReviewedBy);
