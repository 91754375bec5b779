using OpenData.Api.Features.Filtering;

namespace OpenData.Api.Features.Promises;

/// <summary>One key to order promises by; the list of them applies in order.</summary>
public sealed record PromiseSort(SortDirection? Ordinal = null, SortDirection? FirstSeen = null, SortDirection? LastSeen = null, SortDirection? Years = null);
