using System.Text.RegularExpressions;
using OpenData.Core.Model;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// The words by which a follow-up reports what became of a promise, and the verdict they give. The strongest claim
/// decides: a cancellation or a "not done" outweighs any "genomfört" beside it, "delvis" outweighs "pågår", and
/// "pågår" outweighs a past "genomfört" (a report in mid-period that says work goes on has not closed it).
/// </summary>
public static partial class StatusEvidence
{
    /// <summary>The verdict of a text and the phrases that gave it, as written; null where the text reports nothing.</summary>
    public static (FollowUpStatus Status, IReadOnlyList<string> DecidedBy)? Of(string text)
    {
        var found = Ladder
            .Select(rung => (rung.Status, Words: Phrases(text, rung.Status, rung.Pattern)))
            .Where(r => r.Words.Count > 0)
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }
        // One part done and another not done (or dropped) is the plain "partly": both sets of words decided it.
        var done = found.FirstOrDefault(f => f.Status == FollowUpStatus.Done);
        var undone = found.FirstOrDefault(f => f.Status is FollowUpStatus.NotDone or FollowUpStatus.Cancelled);
        if (done.Words is not null && undone.Words is not null)
        {
            return (FollowUpStatus.Partly, [.. undone.Words, .. done.Words]);
        }
        return (found[0].Status, found[0].Words);
    }

    /// <summary>Each phrase once, and not again inside a longer one ("har genomfört" keeps "genomfört" out).</summary>
    private static List<string> Phrases(string text, FollowUpStatus status, Regex pattern)
    {
        var words = pattern.Matches(text)
            .Where(m => status != FollowUpStatus.Done || !Negated(text, m.Index))
            .Select(m => m.Value.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return words.Where(w => !words.Any(o => o.Length > w.Length && o.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static readonly (FollowUpStatus Status, Regex Pattern)[] Ladder =
    [
        (FollowUpStatus.Cancelled, Cancelled()),
        (FollowUpStatus.NotDone, NotDone()),
        (FollowUpStatus.Partly, Partly()),
        (FollowUpStatus.Ongoing, Ongoing()),
        (FollowUpStatus.Done, Done()),
    ];

    /// <summary>"har inte genomförts" is read as not done; its "genomförts" must not also count as done.</summary>
    private static bool Negated(string text, int at)
    {
        var before = text[Math.Max(0, at - 24)..at];
        return NegationBefore().IsMatch(before);
    }

    [GeneratedRegex(@"(?i)\b(inte|ej|aldrig)(\s+\p{L}+){0,2}\s*$")]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"(?i)\b(ställ(des|ts)\s+in|inställ(d|t|da|des)|avbr(öts|utits|utet|uten)|har\s+utgått|utgick|str(öks|ukits)|(lagts|lades)\s+(ned|ner)|har\s+tagits\s+bort|togs\s+bort)\b")]
    private static partial Regex Cancelled();

    [GeneratedRegex(@"(?i)\b((har|hade|kunde|kunnat|blev)(\s+\p{L}+){0,3}?\s+(inte|ej|aldrig)(\s+\p{L}+){0,2}?\s+(genomför|utför|uppfyll|gjort|gjorts|blivit|kunnat|nått|infört|startat|hunnit|uppnått)\p{L}*|(inte|ej)\s+(har\s+)?(genomförts|genomförd|genomfört|uppfyllts|uppfyllt|utförts|nåtts|uppnåtts)|uteblev|uteblivit|inte\s+blivit\s+av)\b")]
    private static partial Regex NotDone();

    [GeneratedRegex(@"(?i)\b(delvis|till\s+viss\s+del|i\s+viss\s+mån|inte\s+fullt\s+ut|inte\s+helt|inte\s+i\s+(den|samma|önskad|tillräcklig)\s+(utsträckning|omfattning)|i\s+mindre\s+utsträckning\s+än)\b")]
    private static partial Regex Partly();

    [GeneratedRegex(@"(?i)\b(pågår|pågående\s+arbete|arbetet\s+(fortsätter|fortgår)|fortsätter\s+(arbetet|under|även)|fortgår|påbörja(t|ts|des)|är\s+ännu\s+inte\s+klar\p{L}*|inte\s+klart\s+ännu)\b")]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"(?i)\b(genomför(t|ts|des|da|d)|utför(t|ts|des|da|d)|uppfyll(t|ts|des|da|d)|slutför(t|ts|des|d)|färdigställ(t|ts|des)|(har|hade)(\s+\p{L}+){0,3}?\s+(gjort|gjorts|infört|införts|installerat|installerats|startat|startats|bytts\s+ut|anordnat|anordnats|hållit|hållits|arrangerat|arrangerats|delat\s+ut|delats\s+ut|anställt|anställts|skapat|skapats|tagit\s+fram|tagits\s+fram|utökat|utökats|genomfört|köpt\s+in|öppnat|öppnats|invigt|invigts)|(är|har\s+blivit)\s+(genomfört|genomförd|klart|klar|avklarat|färdigt|avslutat|uppfyllt)|(har|hade)\s+varit\s+(synliga?|närvarande|på\s+plats)|avslutades|infördes|hölls|anordnades)\b")]
    private static partial Regex Done();
}
