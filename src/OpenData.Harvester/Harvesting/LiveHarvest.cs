using OpenData.Ingest;
using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenData.Core.Model;
using OpenData.Harvester.Fetching;
using OpenData.Ingest.Ingestion;
using OpenData.Harvester.Sources;
using OpenData.Harvester.Storage;
using OpenData.Ingest.Storage;
using OpenData.Harvester.Scheduling;

namespace OpenData.Harvester.Harvesting;

/// <summary>
/// `harvest --live`: works through what is due in the registry, host by host (several hosts at once, one request
/// at a time each), within the hosts' budgets and the run's, and stores every answer in one transaction. State
/// lives in the database, so a run that stops (a budget, Ctrl+C, kill -9) is taken up by the next.
/// </summary>
public sealed class LiveHarvest(
    PoliteFetcherFactory fetchers,
    SourceRegistrySync registrySync,
    SourceSchedule schedule,
    DocumentIngester ingester,
    HarvestRunLog runs,
    FetchActivity activity,
    DatabaseWriteLock writer,
    IOptions<HarvesterOptions> options,
    TimeProvider clock,
    ILogger<LiveHarvest> logger)
{
    /// <summary>Fetched bodies wait here for the one writer; a small buffer keeps fetching and storing overlapped.</summary>
    private const int StoreBuffer = 16;

    public async Task<LiveHarvestReport> RunAsync(SourceRegistry registry, TimeSpan? maxDuration, int? maxRequests, CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new HarvestConfigurationException(problems);
        }
        await registrySync.SyncAsync(registry, ct);

        var started = clock.GetUtcNow().UtcDateTime;
        var limits = new RunLimits(started + (maxDuration ?? settings.MaxDuration), maxRequests ?? settings.MaxRequests);
        var fetcher = fetchers.Create(limits, registry.Hosts);
        var keys = registry.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var run = new Run(fetcher, keys, new HarvestSummary());

        var runId = await runs.StartAsync("live", ct);
        activity.Reset();
        var due = await schedule.DueAsync(keys, started, ct);
        var byHost = due.GroupBy(d => settings.PolicyFor(d.Host).Key).ToList();
        foreach (var host in byHost)
        {
            activity.Queued(host.Key, host.Count());
        }
        logger.LogInformation("Live harvest: {Due} source(s) due on {Hosts} host(s); until {Deadline:HH:mm:ss}Z{Budget}",
            due.Count, byHost.Count, limits.Deadline, limits.MaxRequests > 0 ? $", at most {limits.MaxRequests} requests" : "");

        var storing = Task.Run(() => StoreAsync(run, ct), CancellationToken.None);
        try
        {
            using var slots = new SemaphoreSlim(settings.Concurrency);
            await Task.WhenAll(byHost.Select(async host =>
            {
                await slots.WaitAsync(ct);
                try
                {
                    await WorkHostAsync(run, host.Key, new Queue<DueSource>(host), ct);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
        finally
        {
            run.Store.Writer.TryComplete();
            await storing;
        }

        run.Summary.CountDeferred(run.DeferredUnasked);
        await runs.FinishAsync(runId, run.Summary, ct);
        var stillDue = (await schedule.DueAsync(keys, clock.GetUtcNow().UtcDateTime, ct)).Count;
        var report = new LiveHarvestReport(run.Summary, limits.Requests, stillDue, clock.GetUtcNow().UtcDateTime - started, run.Stops.Order(StringComparer.Ordinal).ToList());
        logger.LogInformation("Live harvest done: {Summary}; {Requests} request(s), {StillDue} source(s) still due", run.Summary, limits.Requests, stillDue);
        return report;
    }

    /// <summary>One host's queue, in order, until it is empty or the host cannot be asked again in this run.</summary>
    private async Task WorkHostAsync(Run run, string host, Queue<DueSource> queue, CancellationToken ct)
    {
        var attempted = new HashSet<int>();
        while (true)
        {
            if (!queue.TryDequeue(out var source))
            {
                // Pages stored meanwhile may have registered löfte documents on this host: take those up too.
                await run.DrainedAsync(host, ct);
                foreach (var more in (await schedule.DueAsync(run.Keys, clock.GetUtcNow().UtcDateTime, ct))
                    .Where(d => options.Value.PolicyFor(d.Host).Key == host && !attempted.Contains(d.Id)))
                {
                    queue.Enqueue(more);
                    activity.Queued(host, 1);
                }
                if (queue.Count == 0)
                {
                    activity.Stopped(host, "done");
                    return;
                }
                continue;
            }
            var limits = run.Fetcher.Limits;
            if (clock.GetUtcNow().UtcDateTime >= limits.Deadline || limits.RequestsSpent)
            {
                Stop(run, host, limits.RequestsSpent ? $"this run's budget of {limits.MaxRequests} requests is spent" : "this run's time is up", queue.Count + 1);
                return;
            }
            attempted.Add(source.Id);
            FetchResult result;
            try
            {
                result = await run.Fetcher.FetchAsync(source.Url, source.Validators, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault of the harvester itself: this source fails, the other sources and hosts go on.
                logger.LogError(e, "{Source}: fetching failed unexpectedly", source.Key);
                result = new FetchResult(FetchStatus.Failed, source.Url, []) { Error = $"harvester error: {e.Message}" };
            }
            logger.LogDebug("{Source}: {Status} {Error}", source.Key, result.Status, result.Error);
            await run.PostAsync(host, new Stored(source, result, new LinkedDocuments(run.Fetcher, source)), ct);
            activity.SourceDone(host, result.Status is FetchStatus.Failed or FetchStatus.Refused);
            if (result.Status == FetchStatus.Deferred || result.HostUnreachable)
            {
                // A budget, a Retry-After, an open circuit, a name that does not resolve: the rest of this host
                // waits for the next run.
                Stop(run, host, result.Error ?? "deferred", queue.Count);
                return;
            }
        }
    }

    private void Stop(Run run, string host, string why, int left)
    {
        run.Stops.Add($"{host}: {why}");
        activity.Stopped(host, why);
        Interlocked.Add(ref run.DeferredUnasked, left);
    }

    /// <summary>The one writer: each answer stored in its own transaction, in the order fetched.</summary>
    private async Task StoreAsync(Run run, CancellationToken ct)
    {
        await foreach (var (host, item) in run.Store.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (!ct.IsCancellationRequested)
                {
                    await StoreOneAsync(run.Summary, item, ct);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The transaction rolled back: the source is still due and the next run fetches it again.
                run.Summary.Failed++;
                logger.LogError(e, "{Source}: could not be stored; it stays due", item.Source.Key);
            }
            catch (OperationCanceledException)
            {
                logger.LogWarning("{Source}: not stored, the run was stopped; it stays due", item.Source.Key);
            }
            finally
            {
                run.Done(host);
            }
        }
    }

    private async Task StoreOneAsync(HarvestSummary summary, Stored item, CancellationToken ct)
    {
        var (source, result, links) = item;
        switch (result.Status)
        {
            case FetchStatus.Fetched:
                await schedule.RecordAttemptsAsync(source, result.Attempts.Take(result.Attempts.Count - 1), ct);
                var response = result.Response!;
                var last = result.Attempts[^1];
                IngestOutcome outcome;
                using (await writer.TakeAsync(ct))
                {
                    outcome = await ingester.IngestAsync(new FetchedBody
                    {
                        Source = new SourceRef(source.Key, source.Url.AbsoluteUri, source.Kind, source.Publisher) { Kommuner = source.Kommuner },
                        Content = response.Body!,
                        ContentType = response.ContentType,
                        FetchedAt = last.At,
                        Url = result.FinalUrl.AbsoluteUri,
                        HttpStatus = response.Status,
                        ETag = response.ETag,
                        LastModified = response.LastModified,
                        Attribution = $"Publicerad av {source.Publisher} på {result.FinalUrl.AbsoluteUri}; hämtad av OpenDatas insamlare.",
                    }, links, ct);
                }
                summary.Count(outcome);
                break;
            case FetchStatus.NotModified:
                await schedule.RecordAsync(source, result, ct);
                summary.Count(IngestOutcome.Unchanged);
                break;
            case FetchStatus.Gone:
                await schedule.RecordAsync(source, result, ct);
                summary.CountGone();
                logger.LogWarning("{Source}: {Url} is gone ({Error}); its löften stay", source.Key, source.Url, result.Error);
                break;
            case FetchStatus.Failed or FetchStatus.Refused:
                await schedule.RecordAsync(source, result, ct);
                summary.Count(IngestOutcome.Failed);
                logger.LogWarning("{Source}: {Status}: {Error}", source.Key, result.Status, result.Error);
                break;
            case FetchStatus.Deferred:
                await schedule.RecordAsync(source, result, ct);
                summary.CountDeferred(1);
                break;
        }
    }

    private sealed record Stored(DueSource Source, FetchResult Result, ILinkFollowing Links);

    /// <summary>One run's shared state: the fetcher, the store queue and what each host still has waiting in it.</summary>
    private sealed class Run(PoliteFetcher fetcher, IReadOnlySet<string> keys, HarvestSummary summary)
    {
        private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _drained = new(StringComparer.Ordinal);

        public PoliteFetcher Fetcher { get; } = fetcher;

        public IReadOnlySet<string> Keys { get; } = keys;

        public HarvestSummary Summary { get; } = summary;

        public ConcurrentBag<string> Stops { get; } = [];

        /// <summary>Sources left in a host's queue when it had to stop; counted as deferred at the end.</summary>
        public int DeferredUnasked;

        public Channel<(string Host, Stored Item)> Store { get; } =
            Channel.CreateBounded<(string, Stored)>(new BoundedChannelOptions(StoreBuffer) { SingleReader = true });

        public async Task PostAsync(string host, Stored item, CancellationToken ct)
        {
            _pending.AddOrUpdate(host, 1, (_, n) => n + 1);
            await Store.Writer.WriteAsync((host, item), ct);
        }

        public void Done(string host)
        {
            if (_pending.AddOrUpdate(host, 0, (_, n) => n - 1) == 0 && _drained.TryRemove(host, out var waiter))
            {
                waiter.TrySetResult();
            }
        }

        /// <summary>Completes when everything this host posted has been stored.</summary>
        public Task DrainedAsync(string host, CancellationToken ct)
        {
            var waiter = _drained.GetOrAdd(host, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            if (_pending.GetValueOrDefault(host) == 0 && _drained.TryRemove(host, out var done))
            {
                done.TrySetResult();
            }
            return waiter.Task.WaitAsync(ct);
        }
    }
}
