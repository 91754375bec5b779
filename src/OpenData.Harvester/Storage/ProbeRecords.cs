using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Harvester.Fetching;
using OpenData.Ingest.Storage;

namespace OpenData.Harvester.Storage;

/// <summary>
/// What discovery asked and what answered: a source row per address asked (kind DiscoveryProbe, the kommuner it was
/// asked for, how), a snapshot per request, so that host budgets count these requests too and the next run does not
/// ask again what answered 404 a week ago.
/// </summary>
public sealed class ProbeRecords(IDbContextFactory<OpenDataContext> contexts, DatabaseWriteLock writer)
{
    public sealed record Probe(string Url, SourceStatus Status, DateTime? At, string? Error);

    public static string KeyFor(Uri url) =>
        $"probe/{url.Host.ToLowerInvariant()}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..16]}";

    /// <summary>Addresses asked since <paramref name="since"/>, by address.</summary>
    public async Task<IReadOnlyDictionary<string, Probe>> AskedSinceAsync(DateTime since, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Sources.AsNoTracking()
            .Where(s => s.Kind == SourceKind.DiscoveryProbe && s.LastFetchedAt >= since && s.Url != null)
            .Select(s => new Probe(s.Url!, s.Status, s.LastFetchedAt, s.LastError))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public async Task RecordAsync(Uri url, IReadOnlyList<string> kommuner, string foundBy, FetchResult result, CancellationToken ct)
    {
        using var _ = await writer.TakeAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var key = KeyFor(url);
        var source = await db.Sources.Include(s => s.Kommuner).FirstOrDefaultAsync(s => s.Key == key, ct);
        if (source is null)
        {
            source = new Source { Key = key, Publisher = url.Host, Kind = SourceKind.DiscoveryProbe, Url = url.AbsoluteUri, CheckEvery = TimeSpan.FromDays(30) };
            db.Sources.Add(source);
        }
        source.Host = url.Host.ToLowerInvariant();
        source.Basis = Sources.SourceBasis.Discovered;
        source.FoundBy = foundBy;
        foreach (var code in kommuner.Where(c => source.Kommuner.All(k => k.KommunCode != c)))
        {
            source.Kommuner.Add(new SourceKommun { KommunCode = code });
        }
        db.Snapshots.AddRange(result.Attempts.Select(a => AttemptSnapshots.From(a, source)));
        var at = result.Attempts.Count > 0 ? result.Attempts[^1].At : (DateTime?)null;
        if (at is { } when)
        {
            switch (result.Status)
            {
                case FetchStatus.Fetched or FetchStatus.NotModified:
                    SourceState.Answered(source, when, null, null, replaceValidators: true);
                    break;
                case FetchStatus.Gone:
                    SourceState.Gone(source, when, result.Error ?? "gone", source.CheckEvery);
                    break;
                case FetchStatus.Failed or FetchStatus.Refused:
                    source.LastFetchedAt = when;
                    SourceState.Failed(source, when, result.Error ?? result.Status.ToString(), source.CheckEvery);
                    break;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
