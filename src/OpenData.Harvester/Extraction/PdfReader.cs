using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Reads the text layer of a PDF with PdfPig, line by line in reading order, and hands the lines to the plain-text
/// reader so that bullets, numbering and broken lines are treated the same as in a text dump.
/// </summary>
public sealed class PdfReader : IFormatReader
{
    public DocumentFormat Format => DocumentFormat.Pdf;

    public DocumentText Read(byte[] body, string? contentType)
    {
        var lines = new List<string>();
        string? title;
        try
        {
            using var pdf = PdfDocument.Open(body);
            title = pdf.Information.Title;
            foreach (var page in pdf.GetPages())
            {
                lines.AddRange(Lines(page));
                lines.Add("");
            }
        }
        catch (Exception e) when (e is PdfDocumentFormatException or PdfDocumentEncryptedException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new UnreadableDocumentException($"not a readable PDF: {e.Message}", e);
        }
        if (lines.All(l => l.Trim().Length == 0))
        {
            throw new UnreadableDocumentException("the PDF has no text layer (a scan?): nothing to read without OCR");
        }
        var blocks = PlainTextReader.ReadLines(string.Join('\n', lines));
        return new DocumentText(DocumentFormat.Pdf, string.IsNullOrWhiteSpace(title) ? null : Whitespace.Fold(title), blocks);
    }

    /// <summary>Words grouped into lines by baseline, top to bottom, left to right; a wide gap is a blank line.</summary>
    private static IEnumerable<string> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            yield break;
        }
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(2, row[0].BoundingBox.Height * 0.4))
            {
                row.Add(word);
            }
            else
            {
                rows.Add([word]);
            }
        }
        double? previousBottom = null;
        double lineHeight = rows.Select(r => r[0].BoundingBox.Height).DefaultIfEmpty(10).Average();
        var left = rows.Min(r => r.Min(w => w.BoundingBox.Left));
        foreach (var row in rows)
        {
            var bottom = row[0].BoundingBox.Bottom;
            if (previousBottom is { } p && p - bottom > lineHeight * 1.9)
            {
                yield return "";
            }
            previousBottom = bottom;
            var ordered = row.OrderBy(w => w.BoundingBox.Left).ToList();
            var indent = (int)Math.Round((ordered[0].BoundingBox.Left - left) / Math.Max(4, lineHeight * 0.5));
            yield return new string(' ', Math.Max(0, indent)) + string.Join(' ', ordered.Select(w => w.Text));
        }
    }
}
