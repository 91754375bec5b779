using OpenData.Harvester.Fetching;
using Spectre.Console;

namespace OpenData.Harvester.Harvesting;

/// <summary>
/// The live run on the terminal: a bar per host with its queue, what it is fetching or how long it must wait.
/// Only on an interactive terminal; redirected output gets the log lines and the report alone.
/// </summary>
public static class HarvestProgressDisplay
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);

    public static bool Available => AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    public static async Task<T> RunAsync<T>(FetchActivity activity, TimeProvider clock, Func<Task<T>> work)
    {
        var result = default(T)!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var running = work();
                while (true)
                {
                    foreach (var host in activity.Hosts)
                    {
                        if (!bars.TryGetValue(host.Host, out var bar))
                        {
                            bars[host.Host] = bar = context.AddTask(host.Host);
                        }
                        bar.MaxValue = Math.Max(1, host.Done + host.Queued);
                        bar.Value = host.Done;
                        bar.Description = Markup.Escape(Describe(host, clock.GetUtcNow().UtcDateTime));
                    }
                    if (running.IsCompleted)
                    {
                        break;
                    }
                    await Task.WhenAny(running, Task.Delay(Refresh));
                }
                foreach (var bar in bars.Values)
                {
                    bar.StopTask();
                }
                result = await running;
            });
        return result;
    }

    private static string Describe(HostState host, DateTime now)
    {
        var counts = $"{host.Host} {host.Done}/{host.Done + host.Queued}" + (host.Failed > 0 ? $" ({host.Failed} failed)" : "");
        var doing = host.WaitingUntil is { } until && until > now
            ? $"{(until - now).TotalSeconds:0} s: {host.Doing}"
            : host.Doing;
        return doing.Length == 0 ? counts : $"{counts} · {Shorten(doing, 40)}";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : "…" + text[^(max - 1)..];
}
