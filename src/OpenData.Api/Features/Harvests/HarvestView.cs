namespace OpenData.Api.Features.Harvests;

/// <summary>One run of the harvester: when, how, and what it found.</summary>
public sealed record HarvestView(string Mode, DateTime StartedAt, DateTime? FinishedAt, int Fetched, int New, int Changed, int Unchanged, int Failed, int Gone);
