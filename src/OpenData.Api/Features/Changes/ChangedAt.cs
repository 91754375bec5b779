using System.Linq.Expressions;
using OpenData.Api.Features.Filtering;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Changes;

/// <summary>
/// When a löfte's or a promise's data last changed, read from the change feed rather than stored: every change the
/// writers make (added, reworded, removed, superseded, withdrawn, a follow-up's verdict) is a change row, whereas
/// LastSeen moves at every harvest that merely read the same text again. Where no change row names a thing (data
/// older than the feed), it changed when it was first seen. A löfte changes with its promises: their rows carry its id.
/// </summary>
public static class ChangedAt
{
    /// <summary>The rule for a löfte, over the change rows it is given (a compiled query applies it to its context's).</summary>
    public static readonly Expression<Func<Lofte, IQueryable<Change>, DateTime>> LofteRule =
        (l, changes) => changes.Where(c => c.LofteId == l.Id).Max(c => (DateTime?)c.At) ?? l.FirstSeen;

    /// <summary>The rule for a promise, over the change rows it is given.</summary>
    public static readonly Expression<Func<Promise, IQueryable<Change>, DateTime>> PromiseRule =
        (p, changes) => changes.Where(c => c.PromiseId == p.Id).Max(c => (DateTime?)c.At) ?? p.FirstSeen;

    /// <summary>
    /// The rule for a document: the latest change row its snapshot's readings recorded (its first reading, a hand
    /// correction, a re-reading by a newer extractor), as a löfte's and a promise's come from theirs; never before its
    /// content was fetched, and that fetch where no row names its snapshot.
    /// </summary>
    public static readonly Expression<Func<Document, IQueryable<Change>, DateTime>> DocumentRule =
        (d, changes) => changes.Where(c => c.ToSnapshotId == d.SnapshotId && c.At > d.Snapshot!.FetchedAt).Max(c => (DateTime?)c.At) ?? d.Snapshot!.FetchedAt;

    public static Expression<Func<Promise, DateTime>> OfPromise(IQueryable<Change> changes) =>
        ((Expression<Func<Promise, DateTime>>)(p => PromiseRule.Apply(p, changes))).Inline();

    /// <summary>The löften whose data changed at or after <paramref name="since"/>.</summary>
    public static Expression<Func<Lofte, bool>> LofteSince(IQueryable<Change> changes, DateTime since)
    {
        var from = since.ToUniversalTime();
        return l => l.FirstSeen >= from || changes.Any(c => c.LofteId == l.Id && c.At >= from);
    }

    /// <summary>The promises whose data changed at or after <paramref name="since"/>.</summary>
    public static Expression<Func<Promise, bool>> PromiseSince(IQueryable<Change> changes, DateTime since)
    {
        var from = since.ToUniversalTime();
        return p => p.FirstSeen >= from || changes.Any(c => c.PromiseId == p.Id && c.At >= from);
    }
}
