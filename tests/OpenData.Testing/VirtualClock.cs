namespace OpenData.Testing;

/// <summary>
/// A clock that only moves when told: timers fire when the clock is advanced past them, so a test of a 10 s
/// politeness delay or a 2 minute Retry-After takes no real time. <see cref="AdvanceToNextTimer"/> jumps to the
/// next timer only while a condition holds (no request in flight), checked under the same lock that creating a
/// timer takes, so a request's own timeout is never jumped to while it is still being answered.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<VirtualTimer> _timers = [];
    private readonly SemaphoreSlim _changed = new(0);
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock on by <paramref name="by"/>, firing every timer that falls due.</summary>
    public void Advance(TimeSpan by)
    {
        List<VirtualTimer> due;
        lock (_lock)
        {
            _now += by;
            due = TakeDue();
        }
        Fire(due);
    }

    /// <summary>
    /// If <paramref name="allowed"/> holds and a timer is pending, moves the clock to the earliest one and fires
    /// what falls due; false when nothing was done.
    /// </summary>
    public bool AdvanceToNextTimer(Func<bool> allowed)
    {
        List<VirtualTimer> due;
        lock (_lock)
        {
            if (_timers.Count == 0 || !allowed())
            {
                return false;
            }
            var next = _timers.Min(t => t.Due);
            if (next > _now)
            {
                _now = next;
            }
            due = TakeDue();
        }
        Fire(due);
        return true;
    }

    /// <summary>Completes when a timer is created or changed, or after <paramref name="timeout"/> of real time.</summary>
    public Task<bool> WaitForTimerChangeAsync(TimeSpan timeout, CancellationToken ct) => _changed.WaitAsync(timeout, ct);

    private List<VirtualTimer> TakeDue()
    {
        var due = _timers.Where(t => t.Due <= _now).OrderBy(t => t.Due).ToList();
        foreach (var timer in due)
        {
            _timers.Remove(timer);
            if (timer.Period > TimeSpan.Zero)
            {
                timer.Due = _now + timer.Period;
                _timers.Add(timer);
            }
        }
        return due;
    }

    private static void Fire(List<VirtualTimer> due)
    {
        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        var fireNow = false;
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            if (dueTime <= TimeSpan.Zero)
            {
                fireNow = true;
                if (timer.Period > TimeSpan.Zero)
                {
                    timer.Due = _now + timer.Period;
                    _timers.Add(timer);
                }
            }
            else
            {
                timer.Due = _now + dueTime;
                _timers.Add(timer);
            }
        }
        if (fireNow)
        {
            ThreadPool.QueueUserWorkItem(_ => timer.Fire());
        }
        _changed.Release();
    }

    private void Cancel(VirtualTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }
            clock.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire()
        {
            if (!_disposed)
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            _disposed = true;
            clock.Cancel(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
