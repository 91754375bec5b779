using OpenData.Harvester.Sources;

namespace OpenData.Harvester.Discovery;

/// <summary>What a discovery run found and what it cost.</summary>
public sealed record DiscoveryReport(
    IReadOnlyList<RegisteredSource> Found,
    int KommunerLookedFor,
    int Asked,
    int Requests,
    IReadOnlyList<string> Stops)
{
    public override string ToString() =>
        $"{Found.Count} address(es) found for {Found.SelectMany(f => f.Kommuner).Distinct().Count()} kommun(er), " +
        $"looking for {KommunerLookedFor}; {Asked} address(es) asked in {Requests} request(s)" +
        (Stops.Count > 0 ? $"; stopped: {string.Join("; ", Stops)}" : "");
}
