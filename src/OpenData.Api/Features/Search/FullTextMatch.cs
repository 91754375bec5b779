namespace OpenData.Api.Features.Search;

/// <summary>One row of the FTS5 index matching a search: the promise's id and its BM25 rank (lower is better).</summary>
public sealed record FullTextMatch(int PromiseId, double Rank);
