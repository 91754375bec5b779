using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Core.Model;
using OpenData.Core.Storage;
using OpenData.Ingest.Reading.Themes;

namespace OpenData.Ingest.Maintenance;

/// <summary>
/// Classifies every stored promise again from its stored text, without fetching anything: after a taxonomy or
/// lexicon change, the themes follow. A promise whose themes change gets a PromiseReclassified change with the codes
/// before and after; one whose themes stay but whose deciding words or taxonomy version moved is updated quietly.
/// One transaction: a run is applied whole or not at all.
/// </summary>
public sealed class PromiseReclassifier(
    IDbContextFactory<OpenDataContext> contexts,
    IThemeClassifier classifier,
    TimeProvider clock,
    ILogger<PromiseReclassifier> logger)
{
    public async Task<Reclassification> RunAsync(bool dryRun = false, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var promises = await db.Promises
            .Include(p => p.Themes)
            .Include(p => p.Document)
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var reclassified = new List<Reclassification.Item>();
        var evidenceUpdated = 0;

        foreach (var promise in promises)
        {
            var matches = classifier.Classify(promise.Text);
            var before = Codes(promise.Themes.Select(t => t.ThemeCode));
            var after = Codes(matches.Select(m => m.Code));
            if (before == after && promise.Themes.All(t => IsCurrent(t, matches)))
            {
                continue;
            }
            Apply(promise, matches);
            if (before == after)
            {
                evidenceUpdated++;
                continue;
            }
            reclassified.Add(new Reclassification.Item(promise.Key, promise.Text, before, after));
            db.Changes.Add(new Change
            {
                At = now,
                Kind = ChangeKind.PromiseReclassified,
                LofteId = promise.LofteId,
                Promise = promise,
                Before = before,
                After = after,
                // The text classified is the one read from this snapshot; nothing new was fetched.
                ToSnapshotId = promise.Document?.SnapshotId,
            });
        }

        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
        }
        logger.LogInformation("Reclassified {Count} of {Total} promise(s) under {Version}{DryRun}",
            reclassified.Count, promises.Count, classifier.TaxonomyVersion, dryRun ? " (dry run, nothing written)" : "");
        return new Reclassification(classifier.TaxonomyVersion, promises.Count, reclassified, evidenceUpdated, dryRun);
    }

    /// <summary>Theme codes as a Change row keeps them: sorted, comma-separated, empty for none.</summary>
    private static string Codes(IEnumerable<string> codes) => string.Join(", ", codes.Distinct().Order(StringComparer.Ordinal));

    private bool IsCurrent(PromiseTheme theme, IReadOnlyList<ThemeMatch> matches) =>
        theme.TaxonomyVersion == classifier.TaxonomyVersion &&
        matches.FirstOrDefault(m => m.Code == theme.ThemeCode) is { } match &&
        theme.DecidedBy.SequenceEqual(match.DecidedBy);

    /// <summary>Updates the themes in place: kept codes keep their rows, so nothing is deleted and re-inserted.</summary>
    private void Apply(Promise promise, IReadOnlyList<ThemeMatch> matches)
    {
        promise.Themes.RemoveAll(t => matches.All(m => m.Code != t.ThemeCode));
        foreach (var match in matches)
        {
            var theme = promise.Themes.FirstOrDefault(t => t.ThemeCode == match.Code);
            if (theme is null)
            {
                promise.Themes.Add(new PromiseTheme
                {
                    ThemeCode = match.Code,
                    TaxonomyVersion = classifier.TaxonomyVersion,
                    DecidedBy = match.DecidedBy.ToList(),
                });
                continue;
            }
            theme.TaxonomyVersion = classifier.TaxonomyVersion;
            theme.DecidedBy = match.DecidedBy.ToList();
        }
    }
}
