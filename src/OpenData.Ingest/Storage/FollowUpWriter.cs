using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Reading.FollowUps;

namespace OpenData.Ingest.Storage;

/// <summary>
/// Stores what a document reports, in the transaction that stores its reading: each item linked to the promise of
/// the same kommuner and löfte it is about (or to none), and every status this changes in the change feed. A
/// löfte's text that arrives after its follow-up links the follow-up's unmatched items then.
/// </summary>
public static class FollowUpWriter
{
    /// <returns>How many status changes it recorded.</returns>
    public static async Task<int> ApplyAsync(OpenDataContext db, Document document, DocumentReading reading, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        var old = await db.FollowUps.Where(f => f.DocumentId == document.Id).ToListAsync(ct);
        if (old.Count == 0 && reading.Reports.Count == 0)
        {
            return reading.Promises.Count > 0 ? await LinkUnmatchedAsync(db, reading, snapshot, now, ct) : 0;
        }
        var candidates = await CandidatesAsync(db, reading.Kommuner, reading.Years, ct);
        var touched = old.Where(f => f.PromiseId is not null).Select(f => f.PromiseId!.Value).ToHashSet();
        var before = await LatestAsync(db, touched.Concat(candidates.Select(c => c.Promise.Id)).Distinct().ToList(), ct);

        db.FollowUps.RemoveRange(old);
        await db.SaveChangesAsync(ct);
        var reportedBy = reading.ReportedBy ?? Publishers.OfPublisher(snapshot.Source?.Publisher ?? await PublisherAsync(db, snapshot, ct));
        var ordinal = 0;
        foreach (var report in reading.Reports)
        {
            var followUp = new FollowUp
            {
                Document = document,
                Ordinal = ++ordinal,
                Subject = report.Subject,
                Text = report.Text,
                Period = report.Period,
                CoversUntil = report.CoversUntil,
                Status = report.Status,
                DecidedBy = report.DecidedBy.ToList(),
                ReportedBy = reportedBy,
                Count = report.Counts.FirstOrDefault()?.Count,
                CountUnit = report.Counts.FirstOrDefault()?.Unit,
            };
            Link(followUp, report, candidates);
            if (followUp.PromiseId is { } id)
            {
                touched.Add(id);
            }
            db.FollowUps.Add(followUp);
        }
        await db.SaveChangesAsync(ct);
        return await RecordStatusChangesAsync(db, touched, before, candidates, snapshot, now, ct);
    }

    /// <summary>A promise's status: the report covering the latest period; of one period, the latest fetched.</summary>
    public static IQueryable<FollowUp> Newest(IQueryable<FollowUp> followUps) =>
        followUps
            .OrderBy(f => f.CoversUntil == null)
            .ThenByDescending(f => f.CoversUntil)
            .ThenByDescending(f => f.Document!.Snapshot!.FetchedAt)
            .ThenByDescending(f => f.MatchScore)
            .ThenByDescending(f => f.Id);

    private sealed record Candidate(Promise Promise, LinkCandidate Link);

    private static void Link(FollowUp followUp, FollowUpReading report, IReadOnlyList<Candidate> candidates)
    {
        var (best, score) = PromiseMatcher.Match(report, candidates.Select(c => c.Link).ToList());
        followUp.MatchScore = score;
        followUp.Promise = best is null ? null : candidates.First(c => c.Link.Id == best.Id).Promise;
        followUp.PromiseId = followUp.Promise?.Id;
        var share = best is null ? null : PromiseMatcher.ShareOfTarget(report, best);
        followUp.ShareOfTarget = share?.Share;
        if (share is { } s)
        {
            (followUp.Count, followUp.CountUnit) = (s.Count.Count, s.Count.Unit);
        }
    }

    /// <summary>The promises in force of löften for the same kommuner whose years the report covers (any, if it names none).</summary>
    private static async Task<List<Candidate>> CandidatesAsync(OpenDataContext db, IReadOnlyList<string> kommuner, IReadOnlyList<int> years, CancellationToken ct)
    {
        if (kommuner.Count == 0)
        {
            return [];
        }
        var query = db.Promises
            .Include(p => p.Actors).Include(p => p.Themes).Include(p => p.Targets)
            .AsSplitQuery()
            .Where(p => p.WithdrawnAt == null && p.Lofte!.Kommuner.Any(k => kommuner.Contains(k.KommunCode)));
        if (years.Count > 0)
        {
            query = query.Where(p => !p.Lofte!.Years.Any() || p.Lofte!.Years.Any(y => years.Contains(y.Year)));
        }
        var promises = await query.OrderBy(p => p.Id).ToListAsync(ct);
        // The kommun's own name is a place every one of its promises may name; it tells none of them apart.
        var kommunNames = await db.Kommuner.Where(k => kommuner.Contains(k.Code)).Select(k => k.Name).ToListAsync(ct);
        return promises.Select(p => new Candidate(p, new LinkCandidate(p.Id, p.Text, p.Actors.Select(a => a.Actor).ToList(),
            p.Themes.Select(t => t.ThemeCode).ToList(),
            p.Targets.Select(t => new CandidateTarget(t.Count, t.Per, t.Unit)).ToList(), [.. p.Places, .. kommunNames]))).ToList();
    }

    /// <summary>Items that matched nothing when they were read, linked again now that a löfte of their kommuner is stored.</summary>
    private static async Task<int> LinkUnmatchedAsync(OpenDataContext db, DocumentReading reading, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        if (reading.Kommuner.Count == 0)
        {
            return 0;
        }
        var kommuner = reading.Kommuner;
        var unmatched = await db.FollowUps
            .Include(f => f.Document).ThenInclude(d => d!.Kommuner)
            .Where(f => f.PromiseId == null && f.Document!.Kommuner.Any(k => kommuner.Contains(k.KommunCode)))
            .ToListAsync(ct);
        if (unmatched.Count == 0)
        {
            return 0;
        }
        var touched = new HashSet<int>();
        Dictionary<int, FollowUpStatus?>? before = null;
        List<Candidate> all = [];
        foreach (var group in unmatched.GroupBy(f => f.DocumentId))
        {
            var document = group.First().Document!;
            var candidates = await CandidatesAsync(db, document.Kommuner.Select(k => k.KommunCode).ToList(), document.Years, ct);
            before ??= [];
            foreach (var (id, status) in await LatestAsync(db, candidates.Select(c => c.Promise.Id).Where(id => !before.ContainsKey(id)).ToList(), ct))
            {
                before[id] = status;
            }
            all.AddRange(candidates);
            foreach (var followUp in group)
            {
                var report = new FollowUpReading(followUp.Subject, followUp.Text, followUp.Period, followUp.CoversUntil, followUp.Status, followUp.DecidedBy,
                    followUp.Count is { } n ? [new ReportedCount(n, followUp.CountUnit ?? "")] : [], [], []);
                Link(followUp, report, candidates);
                if (followUp.PromiseId is { } id)
                {
                    touched.Add(id);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return await RecordStatusChangesAsync(db, touched, before ?? [], all, snapshot, now, ct);
    }

    private static async Task<int> RecordStatusChangesAsync(OpenDataContext db, IEnumerable<int> touched, IReadOnlyDictionary<int, FollowUpStatus?> before,
        IReadOnlyList<Candidate> candidates, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        var ids = touched.ToList();
        var after = await LatestAsync(db, ids, ct);
        var recorded = 0;
        foreach (var id in ids)
        {
            var was = before.GetValueOrDefault(id);
            var became = after.GetValueOrDefault(id);
            if (was == became)
            {
                continue;
            }
            var lofteId = candidates.FirstOrDefault(c => c.Promise.Id == id)?.Promise.LofteId
                ?? await db.Promises.Where(p => p.Id == id).Select(p => p.LofteId).FirstAsync(ct);
            db.Changes.Add(new Change
            {
                At = now, Kind = ChangeKind.PromiseStatusChanged, LofteId = lofteId, PromiseId = id,
                Before = was?.Word(), After = became?.Word(), ToSnapshotId = snapshot.Id,
            });
            recorded++;
        }
        await db.SaveChangesAsync(ct);
        return recorded;
    }

    private static async Task<Dictionary<int, FollowUpStatus?>> LatestAsync(OpenDataContext db, IReadOnlyList<int> promiseIds, CancellationToken ct)
    {
        var result = new Dictionary<int, FollowUpStatus?>();
        if (promiseIds.Count == 0)
        {
            return result;
        }
        var rows = await db.FollowUps
            .Where(f => f.PromiseId != null && promiseIds.Contains(f.PromiseId.Value))
            .Select(f => new { PromiseId = f.PromiseId!.Value, f.Status, f.CoversUntil, f.Document!.Snapshot!.FetchedAt, f.MatchScore, f.Id })
            .ToListAsync(ct);
        foreach (var group in rows.GroupBy(r => r.PromiseId))
        {
            result[group.Key] = group
                .OrderBy(r => r.CoversUntil is null).ThenByDescending(r => r.CoversUntil).ThenByDescending(r => r.FetchedAt)
                .ThenByDescending(r => r.MatchScore).ThenByDescending(r => r.Id)
                .First().Status;
        }
        return result;
    }

    private static Task<string> PublisherAsync(OpenDataContext db, Snapshot snapshot, CancellationToken ct) =>
        db.Sources.Where(s => s.Id == snapshot.SourceId).Select(s => s.Publisher).FirstAsync(ct);
}
