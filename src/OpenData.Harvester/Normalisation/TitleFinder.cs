using System.Text.RegularExpressions;
using OpenData.Harvester.Extraction;

namespace OpenData.Harvester.Normalisation;

/// <summary>
/// The document's own heading: the format's title where it has one (HTML h1), else the first heading-like line,
/// preferring one about löften over a site's name or address lines above it.
/// </summary>
public static partial class TitleFinder
{
    public static (string Title, int Index) Find(DocumentText document, IReadOnlyList<TextBlock> blocks)
    {
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            var at = blocks.ToList().FindIndex(b => b.Text == document.Title);
            return (document.Title, at);
        }
        var candidates = blocks.Select((b, i) => (Block: b, Index: i))
            .Take(15)
            .Where(c => c.Block.Kind == BlockKind.Heading && !NotTitle().IsMatch(c.Block.Text))
            .ToList();
        var aboutLofte = candidates.FirstOrDefault(c => c.Block.Text.Contains("löfte", StringComparison.OrdinalIgnoreCase));
        if (aboutLofte.Block is not null)
        {
            return (aboutLofte.Block.Text, aboutLofte.Index);
        }
        if (candidates.Count > 0)
        {
            return (candidates[0].Block.Text, candidates[0].Index);
        }
        return blocks.Count > 0 ? (blocks[0].Text, 0) : ("", -1);
    }

    [GeneratedRegex(@"(?i)^(artikeln publicerades|publicerad|uppdaterad|telefon|e-post|foto|bild)|^\d")]
    private static partial Regex NotTitle();
}
