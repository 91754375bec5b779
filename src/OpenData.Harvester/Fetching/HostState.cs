namespace OpenData.Harvester.Fetching;

/// <summary>What one host's worker is doing, for the progress display.</summary>
public sealed record HostState(string Host, int Queued, int Done, int Failed, string Doing, DateTime? WaitingUntil);
