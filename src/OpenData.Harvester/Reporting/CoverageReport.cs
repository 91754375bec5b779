using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Coverage;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Harvester.Reporting;

/// <summary>
/// `report`: which kommuner have a löfte in force in a year, which have none, which sources are failing, and for each
/// kommun its state (in force, ended, none found after trying, not tried yet, failing) with every address known for
/// it and its last answer; what an operator checks after a run. The states are the API's (<see cref="KommunCoverageQuery"/>).
/// </summary>
public sealed class CoverageReport(IDbContextFactory<OpenDataContext> contexts, TimeProvider clock)
{
    public sealed record KommunLine(string Code, string Name, string Lan);

    public sealed record FailingSource(string Key, string? Url, SourceStatus Status, int Failures, string? LastError, DateTime? LastFetchedAt);

    public sealed record Coverage(
        int Year,
        IReadOnlyList<KommunLine> With,
        IReadOnlyList<KommunLine> Without,
        IReadOnlyList<FailingSource> Failing,
        HarvestRun? LastLiveRun)
    {
        /// <summary>Each kommun's state and addresses, in the order of <see cref="With"/> and <see cref="Without"/> by län.</summary>
        public IReadOnlyList<(KommunLine Kommun, KommunCoverage Coverage)> Kommuner { get; init; } = [];
    }

    public async Task<Coverage> BuildAsync(int? year, CancellationToken ct)
    {
        var forYear = year ?? clock.GetUtcNow().Year;
        var yearStart = new DateOnly(forYear, 1, 1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var kommuner = await db.Kommuner
            .Where(k => k.ValidTo == null || k.ValidTo >= yearStart)
            .OrderBy(k => k.LanCode).ThenBy(k => k.Name)
            .Select(k => new KommunLine(k.Code, k.Name, k.Lan!.Name))
            .ToListAsync(ct);
        var inForce = (await db.Loften
            .Where(l => l.Status != LofteStatus.Withdrawn && l.Years.Any(y => y.Year == forYear))
            .SelectMany(l => l.Kommuner.Select(k => k.KommunCode))
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var failing = await db.Sources
            .Where(s => s.Kind != SourceKind.Recorded && s.Kind != SourceKind.DiscoveryProbe && s.Kind != SourceKind.RobotsTxt && (s.Status == SourceStatus.Gone || s.ConsecutiveFailures > 0))
            .OrderBy(s => s.Key)
            .Select(s => new FailingSource(s.Key, s.Url, s.Status, s.ConsecutiveFailures, s.LastError, s.LastFetchedAt))
            .ToListAsync(ct);
        var lastRun = await db.HarvestRuns.Where(r => r.Mode == "live").OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        var perKommun = await KommunCoverageQuery.RunAsync(db, forYear, clock.GetUtcNow().Year, kommuner.Select(k => k.Code).ToList(), ct);
        return new Coverage(
            forYear,
            kommuner.Where(k => inForce.Contains(k.Code)).ToList(),
            kommuner.Where(k => !inForce.Contains(k.Code)).ToList(),
            failing,
            lastRun)
        {
            Kommuner = kommuner.Zip(perKommun).ToList(),
        };
    }

    public static string Format(Coverage coverage)
    {
        var total = coverage.With.Count + coverage.Without.Count;
        var text = new StringBuilder();
        text.AppendLine($"Coverage {coverage.Year}: {coverage.With.Count} of {total} kommuner have a löfte in force" +
            (total > 0 ? $" ({100.0 * coverage.With.Count / total:0} %)" : ""));
        text.AppendLine();
        text.AppendLine($"With a löfte in force ({coverage.With.Count}):");
        AppendByLan(text, coverage.With);
        text.AppendLine();
        text.AppendLine($"Without ({coverage.Without.Count}):");
        AppendByLan(text, coverage.Without);
        text.AppendLine();
        text.AppendLine($"Failing sources ({coverage.Failing.Count}):");
        foreach (var source in coverage.Failing)
        {
            var state = source.Status == SourceStatus.Gone ? "gone" : $"{source.Failures} failure(s)";
            text.AppendLine($"  {source.Key}  {state}  {source.LastError}  {source.Url}" +
                (source.LastFetchedAt is { } at ? $"  (last answer {at:yyyy-MM-dd HH:mm}Z)" : ""));
        }
        text.AppendLine();
        if (coverage.Kommuner.Count > 0)
        {
            text.AppendLine($"States {coverage.Year}: " + string.Join(", ", Enum.GetValues<CoverageState>()
                .Select(state => $"{coverage.Kommuner.Count(k => k.Coverage.State == state)} {Describe(state)}")));
            text.AppendLine();
            text.AppendLine("Per kommun:");
            foreach (var (kommun, known) in coverage.Kommuner)
            {
                text.AppendLine($"  {kommun.Code} {kommun.Name}: {Describe(known.State)}" +
                    (known.LofteYears.Count > 0 ? $"; löften {string.Join(", ", known.LofteYears)}" : "") +
                    (known.LastFetched is { } last ? $"; last asked {last:yyyy-MM-dd HH:mm}Z" : ""));
                foreach (var source in known.Sources)
                {
                    var answer = source.LastFetched is { } at
                        ? $"{(source.LastStatus is { } status ? $"HTTP {status}" : source.LastError ?? "no answer")} at {at:yyyy-MM-dd HH:mm}Z"
                        : source.LastError ?? "not asked yet";
                    text.AppendLine($"      {source.Basis}{(source.FoundBy is { } how ? $" ({how})" : "")}{(source.SeenYears.Count > 0 ? $" seen {string.Join(";", source.SeenYears)}" : "")}: {source.Url}  {answer}");
                }
            }
            text.AppendLine();
        }
        text.AppendLine(coverage.LastLiveRun is { } run
            ? $"Last live harvest: started {run.StartedAt:yyyy-MM-dd HH:mm}Z, " +
              (run.FinishedAt is { } finished ? $"finished {finished:yyyy-MM-dd HH:mm}Z" : "did not finish") +
              $": fetched {run.Fetched}, unchanged {run.Unchanged}, new {run.New}, changed {run.Changed}, failed {run.Failed}, gone {run.Gone}"
            : "No live harvest yet.");
        return text.ToString();
    }

    public static string Describe(CoverageState state) => state switch
    {
        CoverageState.InForce => "löfte in force",
        CoverageState.Ended => "ended",
        CoverageState.Undated => "löfte of unknown period",
        CoverageState.NoneFound => "none found after trying",
        CoverageState.NotTried => "not tried yet",
        CoverageState.Failing => "source failing",
        _ => state.ToString(),
    };

    private static void AppendByLan(StringBuilder text, IReadOnlyList<KommunLine> kommuner)
    {
        foreach (var lan in kommuner.GroupBy(k => k.Lan))
        {
            text.AppendLine($"  {lan.Key}: {string.Join(", ", lan.Select(k => k.Name))}");
        }
    }
}
