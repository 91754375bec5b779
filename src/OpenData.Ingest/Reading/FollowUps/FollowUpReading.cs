using OpenData.Core.Model;
using OpenData.Ingest.Reading.Themes;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// One item a follow-up reports on, as read: what it is about (its heading), what the text says, the period it
/// covers, the status it reports with the words that decided it, and the counts it reports done.
/// </summary>
/// <param name="Subject">The heading the item stands under ("Trafiksäkerhet"), or null for a list item on its own.</param>
/// <param name="Text">What the report says about it, as published.</param>
/// <param name="Period">The period it covers as written ("maj-dec 2018", "2020"), or null.</param>
/// <param name="CoversUntil">The last day of that period, so that the latest report of a promise can be found.</param>
/// <param name="Status">The verdict the text reports.</param>
/// <param name="DecidedBy">The words in the text that decided <paramref name="Status"/>.</param>
/// <param name="Counts">Numbers reported done ("301 trafikkontroller").</param>
/// <param name="Actors">Who the text says acted ("Polisen har utfört …").</param>
/// <param name="Themes">What the item is about, by the promises' own theme lexicon, to link it to a promise.</param>
public sealed record FollowUpReading(
    string? Subject,
    string Text,
    string? Period,
    DateOnly? CoversUntil,
    FollowUpStatus Status,
    IReadOnlyList<string> DecidedBy,
    IReadOnlyList<ReportedCount> Counts,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ThemeMatch> Themes);

/// <summary>A number a report says was done: "genomfört 21 tillsyner av serveringstillstånd" is 21 of "tillsyner av serveringstillstånd".</summary>
public sealed record ReportedCount(int Count, string Unit);
