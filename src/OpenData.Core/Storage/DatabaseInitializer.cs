using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Core.Model;
using OpenData.Core.Reference;
using OpenData.Core.Storage.Sqlite;
using OpenData.Core.Themes;

namespace OpenData.Core.Storage;

/// <summary>
/// Brings a database to the current schema and loads the reference data and the theme taxonomy from data/.
/// Safe to run at every start: it migrates what is pending and upserts what the files say.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<OpenDataContext> contexts,
    DataDirectory data,
    StorageSettings settings,
    ILogger<DatabaseInitializer> logger)
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => InitializeAsync(null, cancellationToken);

    /// <summary>
    /// Initializes, then runs <paramref name="thenWhileAlone"/> (a first import, say) before any other process may
    /// initialize: several API instances and a harvester starting at once take turns by the <see cref="StartupLock"/>,
    /// so that two of them never migrate, seed or import the same rows, and a start that waits too long says why.
    /// </summary>
    public async Task InitializeAsync(Func<CancellationToken, Task>? thenWhileAlone, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var alone = await StartupLock.AcquireAsync(db, settings.StartupTimeout, logger, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while the harvester writes, and survives a killed writer.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await MigrateAsync(db, cancellationToken);
        }
        if (db.Database.IsSqlite() && await PromiseSearchIndex.EnsureAsync(db, cancellationToken))
        {
            logger.LogWarning("The full-text index of promises had lost its triggers; restored and rebuilt");
        }
        await SeedReferenceDataAsync(db, ReferenceData.Load(data), cancellationToken);
        await SeedThemesAsync(db, ThemeTaxonomy.Load(data), cancellationToken);
        await FillSearchTextAsync(db, cancellationToken);
        db.ChangeTracker.Clear();
        if (thenWhileAlone is not null)
        {
            await thenWhileAlone(cancellationToken);
        }
    }

    /// <summary>
    /// Migrates within <see cref="StorageSettings.StartupTimeout"/>: EF Core waits without end for a migration lock
    /// held by someone outside this service (a `dotnet ef database update` run by hand, say), and this start says
    /// so instead. A migration stopped halfway rolls back with its transaction; its lock mark, if left behind, is
    /// cleared by the next start (<see cref="StartupLock"/>).
    /// </summary>
    private async Task MigrateAsync(OpenDataContext db, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(settings.StartupTimeout);
        try
        {
            await db.Database.MigrateAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The migrations did not finish within {settings.StartupTimeout} ({StorageSettings.StartupTimeoutKey}). If nothing else is " +
                "migrating this database, a longer wait may be all it needs; if something outside this service is, let it finish first.");
        }
    }

    /// <summary>
    /// Promises saved before the search column existed get their search text here, once; every later save keeps it
    /// current (PromiseSearchTextInterceptor), and the full-text index follows it by trigger.
    /// </summary>
    private async Task FillSearchTextAsync(OpenDataContext db, CancellationToken ct)
    {
        var filled = 0;
        while (await db.Promises.Where(p => p.SearchText == null).OrderBy(p => p.Id).Take(500).ToListAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var promise in batch)
            {
                promise.SearchText = Text.SearchText.Of(promise.Text);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            filled += batch.Count;
        }
        if (filled > 0)
        {
            logger.LogInformation("Search text filled for {Count} promise(s)", filled);
        }
    }

    private async Task SeedReferenceDataAsync(OpenDataContext db, ReferenceData reference, CancellationToken ct)
    {
        var regions = await db.Polisregioner.ToDictionaryAsync(r => r.Name, ct);
        foreach (var name in reference.Lan.Select(l => l.Polisregion).Distinct().Where(n => !regions.ContainsKey(n)))
        {
            regions[name] = db.Polisregioner.Add(new Polisregion { Name = name }).Entity;
        }

        var lan = await db.Lan.ToDictionaryAsync(l => l.Code, ct);
        foreach (var row in reference.Lan)
        {
            if (!lan.TryGetValue(row.Code, out var entity))
            {
                entity = db.Lan.Add(new Lan { Code = row.Code, Name = row.Name, ShortName = row.ShortName, PolisregionName = row.Polisregion }).Entity;
            }
            entity.Name = row.Name;
            entity.ShortName = row.ShortName;
            entity.PolisregionName = row.Polisregion;
        }

        var kommuner = await db.Kommuner.ToDictionaryAsync(k => k.Code, ct);
        foreach (var row in reference.Kommuner)
        {
            if (!kommuner.TryGetValue(row.Code, out var entity))
            {
                entity = db.Kommuner.Add(new Kommun { Code = row.Code, Name = row.Name, LanCode = row.LanCode }).Entity;
            }
            entity.Name = row.Name;
            entity.LanCode = row.LanCode;
        }

        var areas = await db.Lokalpolisomraden.Include(l => l.Kommuner).ToDictionaryAsync(l => l.Name, ct);
        foreach (var group in reference.Lokalpolisomraden.GroupBy(r => r.Name))
        {
            if (!areas.TryGetValue(group.Key, out var area))
            {
                area = db.Lokalpolisomraden.Add(new Lokalpolisomrade { Name = group.Key }).Entity;
            }
            area.LanCode = group.First().LanCode;
            foreach (var row in group)
            {
                var pairing = area.Kommuner.FirstOrDefault(k => k.KommunCode == row.KommunCode);
                if (pairing is null)
                {
                    pairing = new LokalpolisomradeKommun { KommunCode = row.KommunCode, Confidence = row.Confidence };
                    area.Kommuner.Add(pairing);
                }
                pairing.Confidence = row.Confidence;
                pairing.SeenYear = row.SeenYear;
            }
        }

        var changed = await db.SaveChangesAsync(ct);
        if (changed > 0)
        {
            logger.LogInformation("Reference data: {Count} row(s) written", changed);
        }
    }

    private async Task SeedThemesAsync(OpenDataContext db, ThemeTaxonomy taxonomy, CancellationToken ct)
    {
        var themes = await db.Themes.ToDictionaryAsync(t => t.Code, ct);
        foreach (var definition in taxonomy.Themes)
        {
            if (!themes.TryGetValue(definition.Code, out var theme))
            {
                theme = db.Themes.Add(new Theme { Code = definition.Code, Sv = definition.Sv, En = definition.En, TaxonomyVersion = taxonomy.Version }).Entity;
            }
            theme.Sv = definition.Sv;
            theme.En = definition.En;
            theme.About = definition.About;
            theme.TaxonomyVersion = taxonomy.Version;
        }
        await db.SaveChangesAsync(ct);
    }
}
