using OpenData.Core.Model;
using OpenData.Core.Text;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// Links a reported item to the promise it is about, among the promises of the same kommuner and löfte: by the
/// stemmed words they share (how much of the promise the report speaks of), then who acts and what it is about.
/// Below <see cref="Threshold"/> the report is about no promise we know, and stays unmatched rather than forced
/// onto the nearest one.
/// </summary>
public static class PromiseMatcher
{
    /// <summary>The least score of a link; tuned on the follow-up gold (docs/followups.md).</summary>
    public const double Threshold = 0.25;

    private const double WordWeight = 0.7;
    private const double ActorWeight = 0.15;
    private const double ThemeWeight = 0.15;

    /// <summary>The best candidate and its score; Promise is null where no candidate reaches the threshold.</summary>
    public static (LinkCandidate? Promise, double Score) Match(FollowUpReading report, IReadOnlyList<LinkCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return (null, 0);
        }
        var reported = Stems((report.Subject ?? "") + " " + report.Text);
        var best = candidates
            .Select(c => (Candidate: c, Score: Score(report, reported, c)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.Id)
            .First();
        var score = Math.Round(best.Score, 3);
        return score >= Threshold ? (best.Candidate, score) : (null, score);
    }

    /// <summary>
    /// The share of the promise's target a reported count makes: 12 reported against "minst 4" is 3.0 (300 %). Only
    /// where the count is of what the target counts (their units share a word) and the target is not a rate a
    /// period's total cannot be set against ("en trafikkontroll per dygn").
    /// </summary>
    public static (ReportedCount Count, double Share)? ShareOfTarget(FollowUpReading report, LinkCandidate promise)
    {
        foreach (var target in promise.Targets.Where(t => t.Count > 0 && t.Unit is not null && !t.Unit.Contains(" per ", StringComparison.OrdinalIgnoreCase)))
        {
            var unit = Stems(target.Unit!);
            var count = report.Counts.FirstOrDefault(c => Stems(c.Unit).Any(s => unit.Any(u => Alike(s, u))));
            if (count is not null)
            {
                return (count, Math.Round((double)count.Count / target.Count, 3));
            }
        }
        return null;
    }

    private static double Score(FollowUpReading report, HashSet<string> reported, LinkCandidate candidate)
    {
        var promised = Stems(candidate.Text);
        if (promised.Count == 0)
        {
            return 0;
        }
        var places = Stems(string.Join(" ", candidate.Places));
        var sharedWords = promised.Where(p => reported.Contains(p) || reported.Any(r => Alike(r, p))).ToList();
        // Words decide: without a shared word, actors and themes alone link nothing; and a place says where, not
        // what, so a report of other work at the same place is not about this promise.
        if (sharedWords.All(places.Contains))
        {
            return 0;
        }
        var shared = sharedWords.Sum(p => (reported.Contains(p) ? 1.0 : 0.5) * (places.Contains(p) ? 0.5 : 1));
        var words = Math.Min(1, shared / Math.Min(promised.Count, 6));
        var actors = report.Actors.Count == 0 || candidate.Actors.Count == 0 ? 0.5
            : report.Actors.Any(candidate.Actors.Contains) ? 1 : 0;
        var themes = report.Themes.Count == 0 || candidate.Themes.Count == 0 ? 0.5
            : report.Themes.Any(t => candidate.Themes.Contains(t.Code)) ? 1 : 0;
        return (WordWeight * words) + (ActorWeight * actors) + (ThemeWeight * themes);
    }

    /// <summary>
    /// Compounds meet their parts: by a shared beginning of six letters ("trafiksäkerhet", "trafikkontroll"), or where
    /// one ends in the whole of the other, the last part of a Swedish compound saying what it is ("parkbelysning",
    /// "belysning"). A plural's stem and its singular's differ by an ending ("trafikkontroller", "trafikkontroll").
    /// </summary>
    private static bool Alike(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return n >= 6 || (n >= 4 && n == shorter.Length) || (shorter.Length >= 5 && longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    private static HashSet<string> Stems(string text) =>
        Words.In(text)
            .Select(w => w.Word.ToLowerInvariant())
            .Where(w => w.Length >= 3 && !Generic.Contains(w) && !w.All(char.IsDigit))
            .Select(SwedishStemmer.Stem)
            .Where(s => !Generic.Contains(s))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Words every promise and report share, which say nothing of which promise a report is about.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "och", "att", "för", "med", "som", "den", "det", "der", "till", "från", "har", "hade", "ska", "skall", "kommer", "under",
        "vid", "inom", "samt", "eller", "även", "mer", "fler", "minst", "alla", "varje", "per", "ett", "en", "vår", "våra", "vi",
        "kommun", "kommunen", "kommunens", "kommunern", "polis", "polisen", "polisens", "lokalpolisområd", "lokalpolisområdet",
        "medborgarlöft", "medborgarlöfte", "medborgarlöftet", "löft", "löfte", "löftet", "genomför", "genomföra", "genomfört",
        "arbet", "arbeta", "kontinuerlig", "kontinuerligt", "eftersträv", "året", "år", "perioden", "period", "månad", "månaderna",
        "ocks", "också", "ökad", "öka", "minska", "trygg", "trygghet", "tryggheten", "brott", "brottslighet", "brottsligheten",
    };
}
