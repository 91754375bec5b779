using System.Net;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// Host names dialled at fixed endpoints instead of through DNS: how the tests' loopback stand-in web answers as
/// polisen.se and the kommun sites. The harvester never registers one; only a test adds it to the services, so in
/// production every name goes through DNS and the guard.
/// </summary>
public sealed class HostAddressOverrides(IReadOnlyDictionary<string, IPEndPoint> endpoints)
{
    public IReadOnlyDictionary<string, IPEndPoint> Endpoints { get; } =
        new Dictionary<string, IPEndPoint>(endpoints, StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string host, out IPEndPoint endpoint) => Endpoints.TryGetValue(host, out endpoint!);
}
