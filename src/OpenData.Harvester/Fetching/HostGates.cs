using System.Collections.Concurrent;

namespace OpenData.Harvester.Fetching;

/// <summary>The gate of every host met in a run, each started from the requests the ledger remembers.</summary>
public sealed class HostGates(HarvesterOptions options, IRequestLedger ledger, TimeProvider clock, FetchActivity activity)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HostGate>>> _gates = new(StringComparer.Ordinal);

    public Task<HostGate> ForAsync(string host, CancellationToken ct)
    {
        var (key, policy, _) = options.PolicyFor(host);
        return _gates.GetOrAdd(key, k => new Lazy<Task<HostGate>>(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var history = await ledger.LoadAsync(k, now - TimeSpan.FromDays(1), ct);
            return new HostGate(k, policy, history, clock, activity);
        })).Value;
    }
}
