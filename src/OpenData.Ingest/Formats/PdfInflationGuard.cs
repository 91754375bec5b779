using System.IO.Compression;
using System.Text;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Measures what a PDF's Flate streams expand to before PdfPig opens it. PdfPig (0.1.16) decodes every stream whole
/// into memory with no bound (UglyToad/PdfPig#1435), so a 1 MB file of crafted streams, or of filters chained to
/// multiply, takes gigabytes and ends in a misleading error. Inflating into a counter costs no memory; a PDF whose
/// streams together expand past <see cref="MaxInflatedBytes"/> is refused, saying why. A löfte PDF, images
/// included, expands to a few megabytes.
/// </summary>
internal static class PdfInflationGuard
{
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <summary>Throws <see cref="UnreadableDocumentException"/> when the streams expand past the budget.</summary>
    public static void Check(byte[] pdf)
    {
        long total = 0;
        var span = pdf.AsSpan();
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf(StreamKeyword);
            if (found < 0)
            {
                return;
            }
            var keyword = at + found;
            at = keyword + StreamKeyword.Length;
            if (keyword >= 3 && span.Slice(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }
            var dictionary = DictionaryBefore(span, keyword);
            var flates = dictionary is null ? 0 : FlateStages(dictionary);
            if (flates == 0)
            {
                continue;
            }
            var start = DataStart(span, at);
            var end = span[start..].IndexOf(EndStreamKeyword);
            var length = end < 0 ? span.Length - start : end;
            total += Inflated(pdf, start, length, flates, MaxInflatedBytes - total);
            if (total > MaxInflatedBytes)
            {
                throw new UnreadableDocumentException(
                    $"the PDF's compressed streams expand to more than {MaxInflatedBytes / (1024 * 1024):N0} MB " +
                    $"from a {pdf.Length:N0}-byte file (a decompression bomb?): not read");
            }
            at = start + length;
        }
    }

    /// <summary>The dictionary that ends just before "stream", found by balancing its &lt;&lt; and &gt;&gt;.</summary>
    private static string? DictionaryBefore(ReadOnlySpan<byte> pdf, int keyword)
    {
        var end = keyword - 1;
        while (end >= 0 && pdf[end] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            end--;
        }
        if (end < 1 || pdf[end] != '>' || pdf[end - 1] != '>')
        {
            return null;
        }
        var depth = 0;
        // A stream's dictionary is short; a search that runs further back is not looking at one.
        for (var i = end; i > 0 && end - i < 16_384; i--)
        {
            if (pdf[i] == '>' && pdf[i - 1] == '>')
            {
                depth++;
                i--;
            }
            else if (pdf[i] == '<' && pdf[i - 1] == '<')
            {
                depth--;
                i--;
                if (depth == 0)
                {
                    return Encoding.Latin1.GetString(pdf[i..(end + 1)]);
                }
            }
        }
        return null;
    }

    /// <summary>How many Flate filters the stream's /Filter chains ("/Fl" is the inline abbreviation).</summary>
    private static int FlateStages(string dictionary)
    {
        var filter = dictionary.IndexOf("/Filter", StringComparison.Ordinal);
        if (filter < 0)
        {
            return 0;
        }
        var value = dictionary[(filter + "/Filter".Length)..].TrimStart();
        var chain = value.StartsWith('[') ? value[..(value.IndexOf(']') is var close and >= 0 ? close : value.Length)] : value.Split('/', 3) is [_, var one, ..] ? "/" + one : "";
        return chain.Split('/').Count(name => name.TrimEnd(' ', '\r', '\n', '>', ']') is "FlateDecode" or "Fl");
    }

    private static int DataStart(ReadOnlySpan<byte> pdf, int afterKeyword)
    {
        var start = afterKeyword;
        if (start < pdf.Length && pdf[start] == '\r')
        {
            start++;
        }
        if (start < pdf.Length && pdf[start] == '\n')
        {
            start++;
        }
        return start;
    }

    /// <summary>
    /// The bytes every stage of the chain produces (PdfPig holds each whole), counted without keeping them and cut
    /// short once past <paramref name="budget"/>. Data that is not valid Flate counts what it gave before failing,
    /// as PdfPig's own lenient decoding does.
    /// </summary>
    private static long Inflated(byte[] pdf, int start, int length, int stages, long budget)
    {
        var inflated = Inflated(pdf, start, length, stages, budget, headerless: false);
        // Some writers leave out the zlib header; PdfPig reads those as raw deflate, and so must the count.
        return inflated > 0 ? inflated : Inflated(pdf, start, length, stages, budget, headerless: true);
    }

    private static long Inflated(byte[] pdf, int start, int length, int stages, long budget, bool headerless)
    {
        var counters = new List<CountingStream>();
        Stream stream = new MemoryStream(pdf, start, length, writable: false);
        for (var stage = 0; stage < stages; stage++)
        {
            Stream inflater = headerless && stage == 0
                ? new DeflateStream(stream, CompressionMode.Decompress)
                : new ZLibStream(stream, CompressionMode.Decompress);
            var counter = new CountingStream(inflater);
            counters.Add(counter);
            stream = counter;
        }
        var buffer = new byte[81_920];
        try
        {
            using (stream)
            {
                while (stream.Read(buffer) > 0 && counters.Sum(c => c.Count) <= budget)
                {
                }
            }
        }
        catch (InvalidDataException)
        {
        }
        return counters.Sum(c => c.Count);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Count += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            Count += read;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
