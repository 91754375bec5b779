using OpenData.Core.Model;
using OpenData.Harvester.Fetching;

namespace OpenData.Harvester.Storage;

/// <summary>A request as a snapshot row: every request is kept, failed ones with why, so budgets count them too.</summary>
public static class AttemptSnapshots
{
    public static Snapshot From(FetchAttempt attempt, Source source) => new()
    {
        Source = source,
        FetchedAt = attempt.At,
        Url = attempt.Url.AbsoluteUri,
        Host = attempt.Url.Host.ToLowerInvariant(),
        HttpStatus = attempt.Status,
        ETag = attempt.ETag,
        LastModified = attempt.LastModified,
        ContentType = attempt.ContentType,
        Error = attempt.Error,
        RetryAfter = attempt.RetryAfter,
    };
}
