namespace OpenData.Harvester.Harvesting;

/// <summary>Live harvesting cannot start as configured (no contact for the User-Agent, limits that make no sense).</summary>
public sealed class HarvestConfigurationException(IEnumerable<string> problems)
    : Exception("Live harvesting is not configured: " + string.Join("; ", problems));
