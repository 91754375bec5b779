using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace OpenData.Testing.Documents;

/// <summary>
/// Writes small real PDFs for the tests: lines of Helvetica (regular or bold, any size) at given positions, with
/// Swedish letters and "•" in WinAnsiEncoding as Word's PDF export writes them. PdfPig's builder only encodes ASCII
/// with the standard fonts, so the file is written here, object by object, with its cross-reference table.
/// </summary>
public sealed class TestPdf
{
    private static readonly Encoding WinAnsi = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private readonly List<List<(string Text, double X, double Size, bool Bold)>> _pages = [[]];
    private readonly List<string?> _footers = [null];
    private bool _compressed;
    private (long Zeros, int Stages)? _unusedStream;

    public TestPdf Line(string text, double x = 72, double size = 11, bool bold = false)
    {
        _pages[^1].Add((text, x, size, bold));
        return this;
    }

    public TestPdf Gap()
    {
        _pages[^1].Add(("", 0, 11, false));
        return this;
    }

    public TestPdf NewPage()
    {
        _pages.Add([]);
        _footers.Add(null);
        return this;
    }

    /// <summary>A line in the page's bottom margin, where page numbers stand.</summary>
    public TestPdf Footer(string text)
    {
        _footers[^1] = text;
        return this;
    }

    /// <summary>Page content streams Flate-compressed, as nearly every PDF writer does.</summary>
    public TestPdf Compressed()
    {
        _compressed = true;
        return this;
    }

    /// <summary>
    /// An object no page uses: a stream of <paramref name="zeros"/> zero bytes compressed through
    /// <paramref name="stages"/> chained Flate filters, the shape of a decompression bomb.
    /// </summary>
    public TestPdf WithUnusedStream(long zeros, int stages = 1)
    {
        _unusedStream = (zeros, stages);
        return this;
    }

    public byte[] Build()
    {
        // 1 catalog, 2 pages, 3 regular font, 4 bold font, then per page: page object and its content stream.
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', _pages.Select((_, i) => $"{5 + 2 * i} 0 R"))}] /Count {_pages.Count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
        };
        foreach (var (lines, i) in _pages.Select((p, i) => (p, i)))
        {
            var content = new MemoryStream();
            var y = 770.0;
            foreach (var (text, x, size, bold) in lines)
            {
                if (text.Length > 0)
                {
                    content.Write(Ascii($"BT /{(bold ? "F2" : "F1")} {Num(size)} Tf {Num(x)} {Num(y)} Td ("));
                    content.Write(WinAnsi.GetBytes(text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")));
                    content.Write(Ascii(") Tj ET\n"));
                }
                y -= size * 1.35;
            }
            if (_footers[i] is { } footer)
            {
                content.Write(Ascii($"BT /F1 9 Tf 290 30 Td ({footer}) Tj ET\n"));
            }
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>"));
            var stream = _compressed ? Deflate(content.ToArray()) : content.ToArray();
            var filter = _compressed ? " /Filter /FlateDecode" : "";
            objects.Add([.. Ascii($"<< /Length {stream.Length}{filter} >>\nstream\n"), .. stream, .. Ascii("\nendstream")]);
        }
        if (_unusedStream is var (zeros, stages))
        {
            var data = Zeros(zeros);
            for (var stage = 1; stage < stages; stage++)
            {
                data = Deflate(data);
            }
            var filters = string.Join(' ', Enumerable.Repeat("/FlateDecode", stages));
            objects.Add([.. Ascii($"<< /Length {data.Length} /Filter [{filters}] >>\nstream\n"), .. data, .. Ascii("\nendstream")]);
        }
        var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var n = 0; n < objects.Count; n++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{n + 1} 0 obj\n"));
            pdf.Write(objects[n]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii($"{offset:D10} 00000 n \n"));
        }
        pdf.Write(Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>A page with nothing but a filled rectangle, as a scan without OCR has nothing but an image.</summary>
    public static byte[] WithoutText()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 1, fill: true);
        return builder.Build();
    }

    private static byte[] Deflate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>So many zero bytes, compressed once, written without ever holding them.</summary>
    private static byte[] Zeros(long count)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            for (var left = count; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }
        return output.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static string Num(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
