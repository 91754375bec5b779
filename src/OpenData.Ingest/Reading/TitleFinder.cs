using System.Text.RegularExpressions;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// The document's own heading: the format's title where it has one (a page's h1, a PDF's largest type), else the
/// first heading-like line, preferring one about löften over a site's name, an address or a caption above it.
/// </summary>
public static partial class TitleFinder
{
    public static (string Title, int Index) Find(DocumentText document, IReadOnlyList<TextBlock> blocks)
    {
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            var at = -1;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (string.Equals(blocks[i].Text, document.Title, StringComparison.Ordinal))
                {
                    at = i;
                    break;
                }
            }
            return (document.Title, at);
        }
        var candidates = blocks.Select((b, i) => (Block: b, Index: i))
            .Take(15)
            .Where(c => c.Block.Kind == BlockKind.Heading && !NotTitle().IsMatch(c.Block.Text))
            .ToList();
        var aboutLofte = candidates.FirstOrDefault(c => c.Block.Text.Contains("löfte", StringComparison.OrdinalIgnoreCase) || c.Block.Text.Contains("löften", StringComparison.OrdinalIgnoreCase));
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

    [GeneratedRegex(@"(?i)^(artikeln publicerades|publicerad|uppdaterad|telefon|tel\b|e-post|foto|bild|titelbild|region\s+\p{L}+$|reception|besöksadress|postadress)|^\d|@")]
    private static partial Regex NotTitle();
}
