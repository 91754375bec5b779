using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Harvester.Fetching;

using OpenData.Ingest.Storage;

namespace OpenData.Harvester.Storage;

/// <summary>
/// robots.txt fetches kept like any other: a source per origin ("robots/polisen.se"), a snapshot per request, the
/// body archived. A later run within the cache period reads the rules from here instead of asking again.
/// </summary>
public sealed class RobotsArchive(IDbContextFactory<OpenDataContext> contexts, DatabaseWriteLock writer, TimeProvider clock) : IRobotsStore
{
    public static string KeyFor(Uri robotsUrl) => $"robots/{robotsUrl.Authority.ToLowerInvariant()}";

    public async Task<StoredRobots?> LoadAsync(Uri robotsUrl, DateTime freshSince, CancellationToken ct)
    {
        var key = KeyFor(robotsUrl);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Only answers that settle the rules: a 2xx, or a 4xx that means "no rules". Errors are asked again.
        var latest = await db.Snapshots
            .Where(s => s.Source!.Key == key && s.FetchedAt >= freshSince && s.HttpStatus >= 200 && s.HttpStatus < 500 && s.HttpStatus != 429
                && (s.HttpStatus < 300 || s.HttpStatus >= 400))
            .OrderByDescending(s => s.FetchedAt)
            .Select(s => new { Status = s.HttpStatus!.Value, Body = s.Body == null ? null : s.Body.Content })
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : new StoredRobots(latest.Status, latest.Body);
    }

    public async Task SaveAsync(Uri robotsUrl, FetchResult result, CancellationToken ct)
    {
        using var _ = await writer.TakeAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var key = KeyFor(robotsUrl);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (source is null)
        {
            source = new Source { Key = key, Publisher = robotsUrl.Host, Kind = SourceKind.RobotsTxt, CheckEvery = TimeSpan.FromDays(1) };
            db.Sources.Add(source);
        }
        source.Url = robotsUrl.AbsoluteUri;
        source.Host = robotsUrl.Host.ToLowerInvariant();
        var snapshots = result.Attempts.Select(a => AttemptSnapshots.From(a, source)).ToList();
        db.Snapshots.AddRange(snapshots);
        if (result.Response?.Body is { } body && snapshots.Count > 0)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(body));
            await BodyArchive.StoreOnceAsync(db, sha, body, clock.GetUtcNow().UtcDateTime, ct);
            snapshots[^1].Sha256 = sha;
            snapshots[^1].Length = body.LongLength;
        }
        source.LastFetchedAt = result.Attempts[^1].At;
        source.LastError = result.Error;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
