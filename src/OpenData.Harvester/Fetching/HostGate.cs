namespace OpenData.Harvester.Fetching;

/// <summary>
/// One host's turn-taking: one request at a time, spaced by the policy's delay (or robots.txt's Crawl-delay when
/// that asks for more), within its hourly and daily budgets and any Retry-After it sent. Every wait is on the
/// injected clock.
/// </summary>
public sealed class HostGate
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly object _lock = new();
    private readonly List<DateTime> _sent;
    private readonly HostPolicy _policy;
    private readonly TimeProvider _clock;
    private readonly FetchActivity _activity;
    private DateTime _notBefore;
    private TimeSpan _crawlDelay;

    public HostGate(string key, HostPolicy policy, RequestHistory history, TimeProvider clock, FetchActivity activity)
    {
        Key = key;
        _policy = policy;
        _clock = clock;
        _activity = activity;
        _sent = history.SentAt.Order().ToList();
        _notBefore = history.NotBefore ?? DateTime.MinValue;
    }

    public string Key { get; }

    public void RespectCrawlDelay(TimeSpan delay)
    {
        lock (_lock)
        {
            _crawlDelay = delay;
        }
    }

    /// <summary>The host asked not to be called before <paramref name="instant"/> (Retry-After).</summary>
    public void PauseUntil(DateTime instant)
    {
        lock (_lock)
        {
            if (instant > _notBefore)
            {
                _notBefore = instant;
            }
        }
    }

    /// <summary>
    /// Waits for this host's next turn and takes it; dispose the turn when the response is read. Throws
    /// <see cref="FetchDeferredException"/> when the turn would come after the run's deadline or the run's request
    /// budget is spent.
    /// </summary>
    public async Task<HostTurn> WaitTurnAsync(Uri url, RunLimits limits, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = _clock.GetUtcNow().UtcDateTime;
                var (at, why) = NextAllowed(now);
                if (at > limits.Deadline)
                {
                    throw new FetchDeferredException($"{Key}: {why} until {at:yyyy-MM-dd HH:mm:ss}Z, after this run's end");
                }
                if (at > now)
                {
                    _activity.Waiting(Key, at, why);
                    await Task.Delay(at - now, _clock, ct);
                    continue;
                }
                if (!limits.TryTakeRequest())
                {
                    throw new FetchDeferredException($"this run's budget of {limits.MaxRequests} requests is spent");
                }
                // In flight first, then the send time read: the instant recorded is the request's own, never an
                // earlier one from before the turn was taken (the next turn is spaced from when this one went out).
                _activity.RequestStarted(Key, url);
                var sent = _clock.GetUtcNow().UtcDateTime;
                lock (_lock)
                {
                    _sent.Add(sent);
                    _sent.RemoveAll(t => t <= sent - Day);
                }
                return new HostTurn(this);
            }
        }
        catch
        {
            _one.Release();
            throw;
        }
    }

    private (DateTime At, string Why) NextAllowed(DateTime now)
    {
        lock (_lock)
        {
            var at = now;
            var why = "";
            void Later(DateTime candidate, string reason)
            {
                if (candidate > at)
                {
                    at = candidate;
                    why = reason;
                }
            }
            // The policy's spacing, or robots.txt's Crawl-delay where that is longer.
            var spacing = _crawlDelay > _policy.MinDelay ? _crawlDelay : _policy.MinDelay;
            if (_sent.Count > 0)
            {
                Later(_sent[^1] + spacing, $"spacing requests {spacing.TotalSeconds:0.#} s apart");
            }
            Later(_notBefore, "asked to wait (Retry-After)");
            Later(FreeSlot(now, Hour, _policy.PerHour), $"hourly budget of {_policy.PerHour} spent");
            Later(FreeSlot(now, Day, _policy.PerDay), $"daily budget of {_policy.PerDay} spent");
            return (at, why);
        }
    }

    /// <summary>When the window again holds fewer than <paramref name="budget"/> requests.</summary>
    private DateTime FreeSlot(DateTime now, TimeSpan window, int budget)
    {
        if (budget <= 0)
        {
            return now;
        }
        var inWindow = _sent.Where(t => t > now - window).ToList();
        return inWindow.Count < budget ? now : inWindow[inWindow.Count - budget] + window;
    }

    private void Release()
    {
        _activity.RequestEnded(Key);
        _one.Release();
    }

    /// <summary>A granted turn: the host is busy until it is disposed.</summary>
    public sealed class HostTurn(HostGate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
