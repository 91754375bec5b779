using OpenData.Core.Model;

namespace OpenData.Ingest.Storage;

/// <summary>
/// A source's harvesting state after a fetch: when it is due next, its validators, its failures. This is what lets
/// the next run resume where this one stopped.
/// </summary>
public static class SourceState
{
    /// <summary>The address answered (200 or 304): due again after its interval, failures forgotten.</summary>
    public static void Answered(Source source, DateTime at, string? etag, string? lastModified, bool replaceValidators)
    {
        source.Status = SourceStatus.Active;
        source.LastFetchedAt = at;
        source.NextDueAt = at + source.CheckEvery;
        source.ConsecutiveFailures = 0;
        source.LastError = null;
        if (replaceValidators)
        {
            source.ETag = etag;
            source.LastModified = lastModified;
        }
        else
        {
            source.ETag = etag ?? source.ETag;
            source.LastModified = lastModified ?? source.LastModified;
        }
    }

    /// <summary>404 or 410: the source is gone; its löften stay, and it is looked at again now and then.</summary>
    public static void Gone(Source source, DateTime at, string error, TimeSpan recheckEvery)
    {
        source.Status = SourceStatus.Gone;
        source.LastFetchedAt = at;
        source.NextDueAt = at + recheckEvery;
        source.LastError = error;
    }

    /// <summary>A failure: due again after a backoff that doubles per consecutive failure, at most the check interval.</summary>
    public static void Failed(Source source, DateTime at, string error, TimeSpan backoff)
    {
        source.ConsecutiveFailures++;
        source.LastError = error;
        var wait = TimeSpan.FromTicks(backoff.Ticks * (1L << Math.Min(source.ConsecutiveFailures - 1, 20)));
        source.NextDueAt = at + (wait < source.CheckEvery ? wait : source.CheckEvery);
    }

    /// <summary>The harvester's rules forbid the fetch (robots.txt, an unregistered host): asked again after the interval.</summary>
    public static void Refused(Source source, DateTime at, string error)
    {
        source.ConsecutiveFailures++;
        source.LastError = error;
        source.NextDueAt = at + source.CheckEvery;
    }
}
