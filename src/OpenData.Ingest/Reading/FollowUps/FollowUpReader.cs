using System.Text.RegularExpressions;
using OpenData.Core.Model;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading.Themes;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// Reads what a follow-up (or news that reports results) says was done: one item per section under a heading
/// ("Trafiksäkerhet" and what follows it), or per paragraph where the text has no headings, each with the status it
/// reports and the words that decided it. A section that reports nothing (an introduction, "Det här vill vi uppnå")
/// gives no item: an item is only what the text itself claims.
/// </summary>
public sealed partial class FollowUpReader(IThemeClassifier themes)
{
    /// <summary>What one item keeps of its text: enough to read the claim, bounded for documents of any size.</summary>
    public const int MaxText = 1_200;

    /// <summary>The most items one document reports; the longest follow-ups report a few dozen.</summary>
    public const int MaxItems = 200;

    public IReadOnlyList<FollowUpReading> Read(DocumentText document, DocumentReading reading)
    {
        var (period, coversUntil) = FollowUpPeriod.Of(reading.Title, reading.Years);
        var blocks = SiteChrome.Remove(ReadingBudget.Take(document.Blocks, new List<string>()))
            .Where(b => !string.Equals(b.Text.Trim(), reading.Title.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (reading.Kind == DocumentKind.Lofte)
        {
            // A löfte page reports only in its own follow-up section ("Uppföljning av medborgarlöfte"); the rest of
            // it promises, and "vi har genomfört dialoger" there is the background of a promise, not a report.
            blocks = FollowUpSection(blocks);
        }

        var items = new List<FollowUpReading>();
        foreach (var (subject, parts) in Sections(blocks))
        {
            if (subject is not null && NotAReport().IsMatch(subject))
            {
                continue;
            }
            // Under a heading the whole section is one claim; without one, each paragraph is its own.
            var texts = subject is null ? parts : [string.Join(" ", parts)];
            foreach (var text in texts)
            {
                if (StatusEvidence.Of(text) is not { } verdict || (reading.Kind == DocumentKind.Nyhet && verdict.Status == FollowUpStatus.Ongoing))
                {
                    continue;
                }
                var bounded = text.Length <= MaxText ? text : text[..MaxText].TrimEnd() + " …";
                var about = subject is null ? text : subject + ". " + text;
                items.Add(new FollowUpReading(subject, bounded, period, coversUntil, verdict.Status, verdict.DecidedBy,
                    ReportedCounts.In(text), ActorsOf(text), themes.Classify(about)));
                if (items.Count == MaxItems)
                {
                    return items;
                }
            }
        }
        return items;
    }

    /// <summary>The blocks below a löfte page's follow-up heading, up to a heading that ends it ("Kontakt") or the end.</summary>
    private static List<TextBlock> FollowUpSection(List<TextBlock> blocks)
    {
        var start = blocks.FindIndex(b => IsHeading(b) && FollowUpHeading().IsMatch(b.Text.Trim()));
        if (start < 0)
        {
            return [];
        }
        var section = blocks.Skip(start + 1).TakeWhile(b => !(IsHeading(b) && NotAReport().IsMatch(b.Text.Trim()))).ToList();
        return section;
    }

    private static bool IsHeading(TextBlock block) =>
        block.Kind == BlockKind.Heading || (block.Kind == BlockKind.Paragraph && LineBlockBuilder.LooksLikeHeading(block.Text) && !block.Text.TrimEnd().EndsWith(':'));

    /// <summary>Each heading with the text below it, up to the next heading; text before any heading has no subject.</summary>
    private static IEnumerable<(string? Subject, List<string> Parts)> Sections(IReadOnlyList<TextBlock> blocks)
    {
        string? subject = null;
        var parts = new List<string>();
        foreach (var block in blocks)
        {
            if (IsHeading(block))
            {
                if (parts.Count > 0)
                {
                    yield return (subject, parts);
                }
                subject = block.Text.Trim().TrimEnd(':');
                parts = [];
                continue;
            }
            parts.Add(block.Text.Trim());
        }
        if (parts.Count > 0)
        {
            yield return (subject, parts);
        }
    }

    /// <summary>Who the text says acted: the subject of "har utfört", "genomförde".</summary>
    private static IReadOnlyList<Actor> ActorsOf(string text)
    {
        var actors = new SortedSet<Actor>();
        foreach (Match m in Agent().Matches(text))
        {
            actors.Add(m.Groups["who"].Value.StartsWith("polis", StringComparison.OrdinalIgnoreCase) || m.Groups["who"].Value.StartsWith("kommunpolis", StringComparison.OrdinalIgnoreCase)
                ? Actor.Polis
                : Actor.Kommun);
        }
        return actors.ToList();
    }

    [GeneratedRegex(@"(?i)\b(?<who>polisen|kommunpolisen|kommunen|\p{Lu}\p{Ll}+\s+kommun)\s+(har|hade|genomförde|utförde|ansvarar|har\s+under)\b")]
    private static partial Regex Agent();

    /// <summary>The heading of a löfte page's own report: "Uppföljning av medborgarlöftet", "Så har det gått", "Resultat".</summary>
    [GeneratedRegex(@"(?i)^(uppföljning(ar)?|så\s+har\s+det\s+gått|resultat(en)?|redovisning)\b")]
    private static partial Regex FollowUpHeading();

    /// <summary>Sections that set the scene or point elsewhere rather than report.</summary>
    [GeneratedRegex(@"(?i)^(prioriterat?\s+område|bakgrund|inledning|det\s+här\s+vill\s+vi\s+uppnå|våra\s+aktiviteter|om\s+medborgarlöften?|kontakt|kontaktperson|läs\s+(mer|hela)|länk|relaterat|dela)\b")]
    private static partial Regex NotAReport();
}
