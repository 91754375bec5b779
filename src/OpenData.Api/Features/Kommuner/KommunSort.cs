using OpenData.Api.Features.Filtering;

namespace OpenData.Api.Features.Kommuner;

/// <summary>One key to order kommuner by; the list of them applies in order.</summary>
public sealed record KommunSort(SortDirection? Code = null, SortDirection? Name = null);
