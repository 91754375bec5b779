using System.Text.RegularExpressions;
using OpenData.Harvester.Extraction;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Splits a document into the commitments it makes: each bulleted or numbered item, or each "X lovar att ..."
/// sentence where the text has no list. Keeps the heading an item stands under, which says who promises.
/// </summary>
public static partial class PromiseSplitter
{
    public static IReadOnlyList<PromiseCandidate> Split(IReadOnlyList<TextBlock> blocks)
    {
        var items = new List<PromiseCandidate>();
        string? heading = null;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Paragraph && block.Text.EndsWith(':'))
            {
                heading = block.Text;
            }
            else if (block.Kind == BlockKind.Heading)
            {
                heading = block.Text;
            }
            if (block.Kind == BlockKind.ListItem && IsCommitment(block.Text))
            {
                items.Add(new PromiseCandidate(block.Text, heading));
            }
        }
        if (items.Count > 0)
        {
            return items;
        }
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            foreach (Match m in PromiseSentence().Matches(block.Text))
            {
                items.Add(new PromiseCandidate(m.Value.Trim(), null));
            }
        }
        return items;
    }

    /// <summary>An item long enough to commit to something, not a link or a label.</summary>
    private static bool IsCommitment(string text) =>
        text.Count(c => c == ' ') >= 3 && !text.Contains("öppnas i nytt fönster", StringComparison.OrdinalIgnoreCase) &&
        !Quotation().IsMatch(text);

    /// <summary>News opens quotations with a dash ("– Vi har sedan tidigare ..., säger X"): a quote, not an item.</summary>
    [GeneratedRegex(@"[,.]\s*(säger|sa|menar|konstaterar|berättar|förklarar|avslutar)\s+\p{Lu}|\bsäger\s+\p{Lu}\p{Ll}+\s+\p{Lu}")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"(?<=^|[.!?]\s)[^.!?]*\b(lovar|åtar sig)\s+(att|vi)\b[^.!?]*[.!?]?")]
    private static partial Regex PromiseSentence();
}

/// <summary>A commitment's text and the heading it was listed under.</summary>
public sealed record PromiseCandidate(string Text, string? Heading);
