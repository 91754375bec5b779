using OpenData.Core.Model;
using OpenData.Core.Reference;
using OpenData.Ingest.Reading;
using OpenData.Ingest.Reading.FollowUps;

namespace OpenData.Ingest.Contract;

/// <summary>
/// Scores the follow-up reader and the promise matcher against gold cases: items found, statuses right, and the
/// precision and recall of the links (a link to the wrong promise is both a false link and a missed one; an item
/// rightly left unmatched counts for neither).
/// </summary>
/// <param name="reference">The kommuner, whose names are the report's own places to the matcher.</param>
public sealed class FollowUpEvaluation(ReferenceData reference)
{
    public int GoldItems { get; private set; }
    public int FoundItems { get; private set; }
    public int ExtraItems { get; private set; }
    public int StatusRight { get; private set; }
    public int PeriodRight { get; private set; }
    public int ReporterRight { get; private set; }
    public int LinksRight { get; private set; }
    public int LinksWrong { get; private set; }
    public int LinksMissed { get; private set; }
    public int SharesRight { get; private set; }
    public int SharesExpected { get; private set; }
    public List<string> Differences { get; } = [];

    public double LinkPrecision => LinksRight + LinksWrong == 0 ? 1 : (double)LinksRight / (LinksRight + LinksWrong);
    public double LinkRecall => LinksRight + LinksMissed == 0 ? 1 : (double)LinksRight / (LinksRight + LinksMissed);
    public double ItemRecall => GoldItems == 0 ? 1 : (double)FoundItems / GoldItems;
    public double StatusAccuracy => FoundItems == 0 ? 1 : (double)StatusRight / FoundItems;

    /// <param name="gold">The case.</param>
    /// <param name="read">Reads a file the case names: its bytes and the address to read it as.</param>
    /// <param name="extractor">This build's extractor.</param>
    public void Add(FollowUpGold gold, Func<string, byte[]> read, Extractor extractor)
    {
        var reading = extractor.Extract(read(gold.FollowUp), null, gold.Url);
        var kommunNames = reference.Kommuner.Where(k => reading.Kommuner.Contains(k.Code)).Select(k => k.Name).ToList();
        var candidates = gold.Promises
            .SelectMany(file => extractor.Extract(read(file), null, null).Promises)
            .Select((p, i) => new LinkCandidate(i, p.Text, p.Actors, p.Themes.Select(t => t.Code).ToList(),
                p.Targets.Select(t => new CandidateTarget(t.Count, t.Per, t.Unit)).ToList(), [.. p.Places, .. kommunNames]))
            .ToList();
        var predicted = reading.Reports.Select(r => (Report: r, Link: PromiseMatcher.Match(r, candidates))).ToList();
        var used = new HashSet<int>();
        foreach (var item in gold.FollowUps)
        {
            GoldItems++;
            var index = predicted.FindIndex(p => p.Report.Text.Contains(item.Text, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                Differences.Add($"{gold.FollowUp}: missed item {item.Text!}");
                LinksMissed += item.Promise is null ? 0 : 1;
                continue;
            }
            used.Add(index);
            FoundItems++;
            var (report, (promise, score)) = predicted[index];
            var status = ContractStatus(report.Status);
            StatusRight += Tally(status == item.Status, $"{gold.FollowUp}: {item.Text}: status {status}, want {item.Status} ({string.Join(", ", report.DecidedBy)})");
            PeriodRight += Tally(report.Period == item.Period, $"{gold.FollowUp}: {item.Text}: period {report.Period}, want {item.Period}");
            var reporter = reading.ReportedBy?.Word().ToUpperInvariant();
            ReporterRight += Tally(reporter == item.ReportedBy, $"{gold.FollowUp}: {item.Text}: reported by {reporter}, want {item.ReportedBy}");
            var same = promise is not null && item.Promise is not null &&
                Normalise(promise.Text).StartsWith(Normalise(item.Promise), StringComparison.Ordinal);
            if (same)
            {
                LinksRight++;
            }
            else
            {
                LinksWrong += promise is null ? 0 : 1;
                LinksMissed += item.Promise is null ? 0 : 1;
                if (promise is not null || item.Promise is not null)
                {
                    Differences.Add($"{gold.FollowUp}: {item.Text}: linked to {promise?.Text ?? "nothing"} ({score:0.00}), want {item.Promise ?? "nothing"}");
                }
            }
            if (item.ShareOfTarget is { } share)
            {
                SharesExpected++;
                var got = promise is null ? null : PromiseMatcher.ShareOfTarget(report, promise);
                SharesRight += Tally(got is not null && Math.Abs(got.Value.Share - share) < 0.001 && (item.Count is null || got.Value.Count.Count == item.Count),
                    $"{gold.FollowUp}: {item.Text}: share {got?.Share}, want {share}");
            }
        }
        foreach (var (extra, i) in predicted.Select((p, i) => (p, i)).Where(x => !used.Contains(x.i)))
        {
            ExtraItems++;
            LinksWrong += extra.Link.Promise is null ? 0 : 1;
            Differences.Add($"{gold.FollowUp}: extra item {extra.Report.Subject}: {Shorten(extra.Report.Text)}");
        }
    }

    public override string ToString() =>
        $"items {FoundItems}/{GoldItems} found, {ExtraItems} extra; status {StatusRight}/{FoundItems}; period {PeriodRight}/{FoundItems}; " +
        $"reported by {ReporterRight}/{FoundItems}; links precision {LinkPrecision:0.000} recall {LinkRecall:0.000} " +
        $"({LinksRight} right, {LinksWrong} wrong, {LinksMissed} missed); shares {SharesRight}/{SharesExpected}";

    /// <summary>The GraphQL enum's name of a status (NOT_DONE), as the gold writes it.</summary>
    public static string ContractStatus(FollowUpStatus status) => status.Word().ToUpperInvariant();

    private int Tally(bool right, string difference)
    {
        if (!right)
        {
            Differences.Add(difference);
        }
        return right ? 1 : 0;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
