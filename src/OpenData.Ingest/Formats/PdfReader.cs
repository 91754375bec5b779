using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Reads the text layer of a PDF with PdfPig into lines that keep what the layout says: indentation (list nesting),
/// a line that runs to the right margin and so continues on the next, a gap that ends a paragraph, bold or larger
/// type (a heading). Running headers, footers and page numbers are dropped. The lines are then read like a text
/// dump (<see cref="LineBlockBuilder"/>). A PDF without a text layer (a scan) cannot be read without OCR, and says so.
/// </summary>
public sealed class PdfReader : IFormatReader
{
    private static readonly HashSet<string> BulletGlyphs =
        ["•", "●", "▪", "■", "◦", "○", "·", "–", "-", "➢", "►", "✓", "o", "§", "\uF0B7", "\uF0A7", "\uF0D8", "\uF0FC", "\uF076"];

    public DocumentFormat Format => DocumentFormat.Pdf;

    public DocumentText Read(byte[] body, string? contentType)
    {
        PdfInflationGuard.Check(body);
        List<List<PdfRow>> pages;
        string? metadataTitle;
        try
        {
            using var pdf = PdfDocument.Open(body, new ParsingOptions { UseLenientParsing = true });
            metadataTitle = pdf.Information.Title;
            pages = pdf.GetPages().Select(Rows).ToList();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            throw new UnreadableDocumentException($"not a readable PDF: {e.Message}", e);
        }
        if (!pages.Any(p => p.Any(r => r.Text.Any(char.IsLetter))))
        {
            throw new UnreadableDocumentException("the PDF has no text layer (a scanned image?): nothing to read without OCR");
        }
        DropRunningHeadersAndFooters(pages);
        var bodySize = BodyFontSize(pages);
        var lines = new List<SourceLine>();
        foreach (var page in pages)
        {
            lines.AddRange(Lines(page, bodySize));
            lines.Add(SourceLine.Blank);
        }
        var blocks = LineBlockBuilder.Build(lines);
        return new DocumentText(DocumentFormat.Pdf, Title(pages, bodySize, metadataTitle), blocks);
    }

    /// <summary>One line of type on a page: its words left to right, where it stands and how it is set.</summary>
    private sealed record PdfRow(string Text, double Left, double Right, double Bottom, double Top, double Size, bool Bold, double PageHeight);

    private static List<PdfRow> Rows(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.FirstOrDefault(r => Math.Abs(r[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(1.5, r[0].BoundingBox.Height * 0.4));
            if (row is not null)
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }
        return rows.Select(r => Row(r.OrderBy(w => w.BoundingBox.Left).ToList(), page.Height)).OrderByDescending(r => r.Bottom).ToList();
    }

    private static PdfRow Row(List<Word> words, double pageHeight)
    {
        var letters = words.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var size = letters.Count > 0 ? letters.Average(l => l.PointSize) : 0;
        var bold = letters.Count > 0 && letters.All(l => l.FontName?.Contains("bold", StringComparison.OrdinalIgnoreCase) == true || l.FontDetails?.IsBold == true);
        var text = string.Join(' ', words.Select(w => w.Text));
        // A bullet glyph set apart from its text is a list marker; "o" (Word's second level) needs the gap to be one.
        if (words.Count > 1 && BulletGlyphs.Contains(words[0].Text) && words[1].BoundingBox.Left - words[0].BoundingBox.Right > 2)
        {
            text = words[0].Text + "  " + string.Join(' ', words.Skip(1).Select(w => w.Text));
        }
        return new PdfRow(text, words.Min(w => w.BoundingBox.Left), words.Max(w => w.BoundingBox.Right),
            words.Min(w => w.BoundingBox.Bottom), words.Max(w => w.BoundingBox.Top), size, bold, pageHeight);
    }

    /// <summary>Lines in the top or bottom margin that recur on other pages, and bare page numbers.</summary>
    private static void DropRunningHeadersAndFooters(List<List<PdfRow>> pages)
    {
        static bool InMargin(PdfRow r) => r.Bottom < r.PageHeight * 0.08 || r.Top > r.PageHeight * 0.92;
        static string Key(PdfRow r) => new(r.Text.Where(c => !char.IsDigit(c)).ToArray());
        var recurring = pages.Count < 2
            ? []
            : pages.SelectMany(p => p.Where(InMargin).Select(Key).Distinct()).GroupBy(k => k).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        foreach (var page in pages)
        {
            page.RemoveAll(r => InMargin(r) && (recurring.Contains(Key(r)) || IsPageNumber(r.Text)));
        }
    }

    private static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        return t.All(char.IsDigit) || t.StartsWith("Sida ", StringComparison.OrdinalIgnoreCase) || (t.Contains('(') && t.Trim('(', ')').All(c => char.IsDigit(c) || c == '/'));
    }

    private static double BodyFontSize(List<List<PdfRow>> pages)
    {
        var sizes = pages.SelectMany(p => p).Where(r => r.Size > 0).SelectMany(r => Enumerable.Repeat(Math.Round(r.Size), Math.Max(1, r.Text.Length / 10))).ToList();
        return sizes.Count == 0 ? 10 : sizes.GroupBy(s => s).MaxBy(g => g.Count())!.Key;
    }

    private static IEnumerable<SourceLine> Lines(List<PdfRow> rows, double bodySize)
    {
        if (rows.Count == 0)
        {
            yield break;
        }
        var left = rows.Min(r => r.Left);
        var margin = rows.Max(r => r.Right);
        var charWidth = Math.Max(2, bodySize * 0.5);
        PdfRow? previous = null;
        foreach (var row in rows)
        {
            var lineHeight = Math.Max(row.Top - row.Bottom, row.Size);
            var gap = previous is null ? 0 : previous.Bottom - row.Top;
            if (previous is not null && gap > lineHeight * 0.9)
            {
                yield return SourceLine.Blank;
            }
            var emphasised = row.Bold || row.Size >= bodySize * 1.15;
            // The line before ran to the right margin and this one is set the same way: one paragraph, wrapped.
            var runsOn = previous is not null && gap <= lineHeight * 0.9 && previous.Right >= margin - charWidth * 6 &&
                         previous.Bold == row.Bold && Math.Abs(previous.Size - row.Size) < 0.5;
            yield return new SourceLine(row.Text, (int)Math.Round((row.Left - left) / charWidth), runsOn, emphasised);
            previous = row;
        }
    }

    /// <summary>The largest type on the first page where it stands out, else the document's own title metadata.</summary>
    private static string? Title(List<List<PdfRow>> pages, double bodySize, string? metadataTitle)
    {
        var first = pages.FirstOrDefault(p => p.Count > 0);
        var largest = first?.Where(r => r.Text.Any(char.IsLetter)).MaxBy(r => r.Size);
        if (largest is not null && largest.Size >= bodySize * 1.2)
        {
            var sameSize = first!.Where(r => Math.Abs(r.Size - largest.Size) < 0.5 && Math.Abs(r.Bottom - largest.Bottom) < largest.Size * 3);
            return Whitespace.Fold(string.Join(' ', sameSize.Select(r => r.Text)));
        }
        if (string.IsNullOrWhiteSpace(metadataTitle) || metadataTitle.Contains(".doc", StringComparison.OrdinalIgnoreCase) ||
            metadataTitle.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return Whitespace.Fold(metadataTitle);
    }
}
