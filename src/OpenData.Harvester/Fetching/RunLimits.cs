namespace OpenData.Harvester.Fetching;

/// <summary>A live run's budgets: no request starts after the deadline, and at most so many requests are sent.</summary>
public sealed class RunLimits(DateTime deadline, int maxRequests)
{
    private int _requests;

    public DateTime Deadline { get; } = deadline;

    public int MaxRequests { get; } = maxRequests;

    public int Requests => Volatile.Read(ref _requests);

    public bool RequestsSpent => MaxRequests > 0 && Requests >= MaxRequests;

    /// <summary>Counts one request against the budget; false, counting nothing, when it is spent.</summary>
    public bool TryTakeRequest()
    {
        while (true)
        {
            var current = Volatile.Read(ref _requests);
            if (MaxRequests > 0 && current >= MaxRequests)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _requests, current + 1, current) == current)
            {
                return true;
            }
        }
    }
}
