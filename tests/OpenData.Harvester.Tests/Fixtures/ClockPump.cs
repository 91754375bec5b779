using OpenData.Testing;

namespace OpenData.Harvester.Tests.Fixtures;

/// <summary>
/// Moves the virtual clock to its next timer whenever the harvester is only waiting (no request in flight), so
/// 10 s spacing, backoff and Retry-After pass at once while every instant the harvester sees stays consistent.
/// </summary>
public sealed class ClockPump : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ClockPump(VirtualClock clock, Func<bool> idle)
    {
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                if (!clock.AdvanceToNextTimer(idle))
                {
                    try
                    {
                        await clock.WaitForTimerChangeAsync(TimeSpan.FromMilliseconds(2), _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
