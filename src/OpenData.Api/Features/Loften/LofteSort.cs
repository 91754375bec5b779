using OpenData.Api.Features.Filtering;

namespace OpenData.Api.Features.Loften;

/// <summary>One key to order löften by: years (by first year, then last), when first or last seen.</summary>
public sealed record LofteSort(SortDirection? Years = null, SortDirection? FirstSeen = null, SortDirection? LastSeen = null);
