namespace OpenData.Core.Storage;

/// <summary>A promise matching a full-text search, and how well: its rank, lower is better on every provider.</summary>
public sealed record FullTextMatch(int PromiseId, double Rank);
