using System.Threading.RateLimiting;

namespace OpenData.Api.Protection;

/// <summary>
/// The few slots for heavy work the whole service shares (<see cref="ApiLimits.MaxConcurrentHeavy"/>): a heavy
/// query waits for one, so that however many heavy requests come in, light ones still find a free core.
/// </summary>
public sealed class HeavyWorkGate(ApiLimits limits) : IDisposable
{
    /// <summary>How long a heavy request waits for a slot before it is told to come back.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrencyLimiter _slots = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.MaxConcurrentHeavy,
        // Enough to absorb a burst; beyond it, waiting would only hold connections open.
        QueueLimit = limits.MaxConcurrentHeavy * 8,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Heavy requests waiting for a slot now: for monitoring, and for the tests to see the wait.</summary>
    public long Waiting => _slots.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>A slot, held until disposed; null when none came free within <see cref="MaxWait"/>.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(MaxWait);
        try
        {
            var lease = await _slots.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
            {
                return lease;
            }
            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _slots.Dispose();
}
