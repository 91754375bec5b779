using System.Collections.Concurrent;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// What the fetching side is doing right now: requests in flight, and per host its queue and whether it is
/// waiting its turn. The progress display reads it; nothing in it decides anything.
/// </summary>
public sealed class FetchActivity
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.Ordinal);
    private int _inFlight;

    /// <summary>Requests sent and not yet answered (body read, or failed).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public IReadOnlyList<HostState> Hosts => _hosts.Values.OrderBy(h => h.Host, StringComparer.Ordinal).ToList();

    public void Reset() => _hosts.Clear();

    public void Queued(string host, int count) =>
        Update(host, s => s with { Queued = s.Queued + count });

    public void Waiting(string host, DateTime until, string why) =>
        Update(host, s => s with { Doing = why, WaitingUntil = until });

    public void RequestStarted(string host, Uri url)
    {
        Interlocked.Increment(ref _inFlight);
        Update(host, s => s with { Doing = url.PathAndQuery, WaitingUntil = null });
    }

    public void RequestEnded(string host)
    {
        Interlocked.Decrement(ref _inFlight);
        Update(host, s => s with { Doing = "", WaitingUntil = null });
    }

    public void SourceDone(string host, bool failed) =>
        Update(host, s => s with { Queued = Math.Max(0, s.Queued - 1), Done = s.Done + 1, Failed = s.Failed + (failed ? 1 : 0) });

    public void Stopped(string host, string why) =>
        Update(host, s => s with { Doing = why, WaitingUntil = null });

    private void Update(string host, Func<HostState, HostState> change) =>
        _hosts.AddOrUpdate(host, h => change(new HostState(h, 0, 0, 0, "", null)), (_, s) => change(s));
}
