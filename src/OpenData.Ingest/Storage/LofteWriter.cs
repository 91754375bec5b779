using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Storage;

/// <summary>
/// Applies one document's reading to the löften it states or announces: finds or creates each löfte by its key,
/// reconciles its promises (kept, reworded, added, removed) and records every change. Writes nothing that did not
/// change, so a re-harvest of the same text leaves the database as it was.
/// </summary>
public sealed class LofteWriter(string taxonomyVersion)
{
    /// <summary>A reworded promise still overlaps its old wording this much (Jaccard over words).</summary>
    private const double SamePromise = 0.6;

    public async Task ApplyAsync(OpenDataContext db, Document document, DocumentReading reading, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        // Read once for all the löften the document speaks of; areas added on the way are found in the context.
        var knownAreas = reading.Lokalpolisomraden.Count == 0 ? [] : await db.Lokalpolisomraden.ToListAsync(ct);
        foreach (var target in Targets(reading))
        {
            var lofte = await FindOrCreateAsync(db, target, snapshot, now, ct);
            if (!lofte.Documents.Any(d => d.DocumentId == document.Id))
            {
                lofte.Documents.Add(new LofteDocument { Lofte = lofte, Document = document });
            }
            lofte.LastSeen = now;
            LinkLokalpolisomraden(db, lofte, reading.Lokalpolisomraden, knownAreas);
            if (target.Promises is not null)
            {
                await ReconcilePromisesAsync(db, lofte, target.Promises, document, snapshot, now, ct);
            }
            await SupersedeEarlierAsync(db, lofte, snapshot, now, ct);
        }
    }

    private sealed record Target(IReadOnlyList<string> Kommuner, string? Area, IReadOnlyList<int> Years, IReadOnlyList<PromiseReading>? Promises)
    {
        public string Key => LofteKey.For(Kommuner, Area, Years);
    }

    /// <summary>
    /// The löften a document speaks of. A text with promises states one löfte for all its kommuner (Stenungsund,
    /// Orust and Tjörn sign one together). A text that only announces löften for several kommuner and a period is
    /// evidence of one löfte per kommun, each read later from its own text. A follow-up creates nothing.
    /// </summary>
    private static IEnumerable<Target> Targets(DocumentReading reading)
    {
        if (reading.Kommuner.Count == 0 || reading.Kind == DocumentKind.Uppfoljning)
        {
            yield break;
        }
        if (reading.Promises.Count > 0)
        {
            yield return new Target(reading.Kommuner, reading.Area, reading.Years, reading.Promises);
            yield break;
        }
        if (reading.Years.Count == 0)
        {
            yield break;
        }
        foreach (var kommun in reading.Kommuner)
        {
            yield return new Target([kommun], reading.Area, reading.Years, null);
        }
    }

    private static async Task<Lofte> FindOrCreateAsync(OpenDataContext db, Target target, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        var key = target.Key;
        var lofte = db.Loften.Local.FirstOrDefault(l => l.Key == key)
            ?? await db.Loften
                .Include(l => l.Documents)
                .Include(l => l.Lokalpolisomraden)
                .AsSplitQuery()
                .FirstOrDefaultAsync(l => l.Key == key, ct);
        if (lofte is not null)
        {
            return lofte;
        }
        lofte = new Lofte
        {
            Key = key,
            Area = target.Area,
            FirstYear = target.Years.Count > 0 ? target.Years.Min() : null,
            LastYear = target.Years.Count > 0 ? target.Years.Max() : null,
            FirstSeen = now,
            LastSeen = now,
        };
        lofte.Kommuner.AddRange(target.Kommuner.Select(k => new LofteKommun { KommunCode = k }));
        lofte.Years.AddRange(target.Years.Distinct().Select(y => new LofteYear { Year = y }));
        db.Loften.Add(lofte);
        db.Changes.Add(new Change { At = now, Kind = ChangeKind.LofteAdded, Lofte = lofte, After = key, ToSnapshotId = snapshot.Id });
        return lofte;
    }

    private static void LinkLokalpolisomraden(OpenDataContext db, Lofte lofte, IReadOnlyList<string> names, IReadOnlyList<Lokalpolisomrade> known)
    {
        foreach (var name in names)
        {
            var area = known.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? db.Lokalpolisomraden.Local.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? db.Lokalpolisomraden.Add(new Lokalpolisomrade { Name = name }).Entity;
            if (!lofte.Lokalpolisomraden.Any(l => l.LokalpolisomradeId == area.Id && (area.Id != 0 || l.Lokalpolisomrade == area)))
            {
                lofte.Lokalpolisomraden.Add(new LofteLokalpolisomrade { Lokalpolisomrade = area });
            }
        }
    }

    private async Task ReconcilePromisesAsync(OpenDataContext db, Lofte lofte, IReadOnlyList<PromiseReading> incoming,
        Document document, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        var existing = lofte.Id == 0
            ? []
            : await db.Promises
                .Include(p => p.Actors).Include(p => p.Themes).Include(p => p.Targets)
                .Include(p => p.Document).ThenInclude(d => d!.Snapshot)
                .AsSplitQuery()
                .Where(p => p.LofteId == lofte.Id && p.WithdrawnAt == null)
                .ToListAsync(ct);
        var unmatched = existing.ToList();
        var pending = new List<(int Ordinal, PromiseReading Reading)>();

        // Same text first, then the closest rewording: the order matters when two promises are alike.
        for (var i = 0; i < incoming.Count; i++)
        {
            var normalised = PromiseText.Normalise(incoming[i].Text);
            var same = unmatched.FirstOrDefault(p => PromiseText.Normalise(p.Text) == normalised);
            if (same is null)
            {
                pending.Add((i + 1, incoming[i]));
                continue;
            }
            unmatched.Remove(same);
            Update(same, incoming[i], i + 1, document, now);
        }
        foreach (var (ordinal, reading) in pending)
        {
            var closest = unmatched
                .Select(p => (Promise: p, Score: PromiseText.Similarity(p.Text, reading.Text)))
                .Where(c => c.Score >= SamePromise)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            if (closest.Promise is { } reworded)
            {
                unmatched.Remove(reworded);
                db.Changes.Add(new Change
                {
                    At = now, Kind = ChangeKind.PromiseChanged, Lofte = lofte, Promise = reworded,
                    Before = reworded.Text, After = reading.Text,
                    FromSnapshotId = reworded.Document?.SnapshotId, ToSnapshotId = snapshot.Id,
                });
                reworded.Text = reading.Text;
                Update(reworded, reading, ordinal, document, now);
                continue;
            }
            var promise = new Promise
            {
                Key = PromiseText.Key(lofte.Key, reading.Text),
                Lofte = lofte,
                Text = reading.Text,
                Ordinal = ordinal,
                Document = document,
                FirstSeen = now,
                LastSeen = now,
            };
            Update(promise, reading, ordinal, document, now);
            db.Promises.Add(promise);
            db.Changes.Add(new Change { At = now, Kind = ChangeKind.PromiseAdded, Lofte = lofte, Promise = promise, After = reading.Text, ToSnapshotId = snapshot.Id });
        }
        // A promise is removed only by a newer text from the source that stated it: another source's shorter list
        // of the same löfte does not withdraw anything.
        foreach (var gone in unmatched.Where(p => p.Document?.Snapshot?.SourceId == snapshot.SourceId))
        {
            gone.WithdrawnAt = now;
            db.Changes.Add(new Change
            {
                At = now, Kind = ChangeKind.PromiseRemoved, Lofte = lofte, Promise = gone, Before = gone.Text,
                FromSnapshotId = gone.Document?.SnapshotId, ToSnapshotId = snapshot.Id,
            });
        }
    }

    /// <summary>Brings a promise's reading up to date, touching only what differs.</summary>
    private void Update(Promise promise, PromiseReading reading, int ordinal, Document document, DateTime now)
    {
        promise.Ordinal = ordinal;
        promise.Document = document;
        promise.LastSeen = now;
        if (!promise.Places.SequenceEqual(reading.Places))
        {
            promise.Places = reading.Places.ToList();
        }

        var actors = reading.Actors.Distinct().Order().ToList();
        if (!promise.Actors.Select(a => a.Actor).Order().SequenceEqual(actors))
        {
            promise.Actors.Clear();
            promise.Actors.AddRange(actors.Select(a => new PromiseActor { Actor = a }));
        }

        var themes = reading.Themes.DistinctBy(t => t.Code).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        if (!promise.Themes.Select(t => t.ThemeCode).Order(StringComparer.Ordinal).SequenceEqual(themes.Select(t => t.Code)) ||
            promise.Themes.Any(t => t.TaxonomyVersion != taxonomyVersion))
        {
            promise.Themes.Clear();
            promise.Themes.AddRange(themes.Select(theme => new PromiseTheme
            {
                ThemeCode = theme.Code,
                TaxonomyVersion = taxonomyVersion,
                DecidedBy = theme.DecidedBy.ToList(),
            }));
        }

        var targets = reading.Targets.Select(t => (t.Count, t.Per, t.Unit)).ToList();
        if (!promise.Targets.Select(t => (t.Count, t.Per, t.Unit)).SequenceEqual(targets))
        {
            promise.Targets.Clear();
            promise.Targets.AddRange(targets.Select(t => new PromiseTarget { Count = t.Count, Per = t.Per, Unit = t.Unit }));
        }
    }

    /// <summary>A löfte for a later period of the same kommuner and area supersedes the earlier ones.</summary>
    private static async Task SupersedeEarlierAsync(OpenDataContext db, Lofte lofte, Snapshot snapshot, DateTime now, CancellationToken ct)
    {
        if (lofte.FirstYear is not { } first)
        {
            return;
        }
        var kommuner = lofte.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal).ToList();
        var candidates = await db.Loften
            .Include(l => l.Kommuner)
            .Where(l => l.Status == LofteStatus.Current && l.Id != lofte.Id && l.LastYear != null && l.LastYear < first && l.Area == lofte.Area)
            .Where(l => l.Kommuner.Any(k => kommuner.Contains(k.KommunCode)))
            .ToListAsync(ct);
        foreach (var earlier in candidates.Where(c => c.Kommuner.Select(k => k.KommunCode).Order(StringComparer.Ordinal).SequenceEqual(kommuner)))
        {
            earlier.Status = LofteStatus.Superseded;
            earlier.SupersededBy = lofte;
            db.Changes.Add(new Change { At = now, Kind = ChangeKind.LofteSuperseded, Lofte = earlier, Before = earlier.Key, After = lofte.Key, ToSnapshotId = snapshot.Id });
        }
    }
}
