using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Harvester.Reporting;

/// <summary>
/// `report`'s "Osäkra läsningar": every source's reading in force that the reader was unsure of, the least sure first
/// with its reasons in Swedish, so that a person checks those first (and writes a correction where it is wrong).
/// </summary>
public sealed class UncertainReadingsReport(IDbContextFactory<OpenDataContext> contexts)
{
    public sealed record Line(int DocumentId, string SourceKey, string Title, string? Url, string? Sha256, double Confidence, IReadOnlyList<UncertaintyReason> Reasons);

    public async Task<IReadOnlyList<Line>> BuildAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var uncertain = await db.Documents
            .Where(d => d.Confidence < ReadingCertainty.UncertainBelow && d.CorrectionReason == null)
            .Select(d => new { d.Id, d.Snapshot!.SourceId, d.Snapshot.FetchedAt, d.Snapshot.Source!.Key, d.Title, d.Url, d.Snapshot.Sha256, d.Confidence, d.UncertainReasons })
            .ToListAsync(ct);
        // A source's reading in force is its latest fetch's; an older reading of it is history, not work to check.
        var latestBySource = (await db.Documents
                .Select(d => new { d.Snapshot!.SourceId, d.Snapshot.FetchedAt })
                .ToListAsync(ct))
            .GroupBy(d => d.SourceId).ToDictionary(g => g.Key, g => g.Max(d => d.FetchedAt));
        return uncertain
            .Where(d => latestBySource[d.SourceId] == d.FetchedAt)
            .OrderBy(d => d.Confidence).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new Line(d.Id, d.Key, d.Title, d.Url, d.Sha256, d.Confidence, d.UncertainReasons))
            .ToList();
    }

    public static string Format(IReadOnlyList<Line> lines)
    {
        var text = new StringBuilder();
        text.AppendLine($"Osäkra läsningar ({lines.Count}), den osäkraste först:");
        foreach (var line in lines)
        {
            text.AppendLine($"  {line.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}  {line.SourceKey}  {line.Title}  {line.Url}");
            text.AppendLine($"      sha256 {line.Sha256}");
            foreach (var reason in line.Reasons)
            {
                text.AppendLine($"      – {reason.Sv()}");
            }
        }
        return text.ToString();
    }
}
