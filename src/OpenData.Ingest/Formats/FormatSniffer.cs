using System.Text;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Decides from the bytes whether a body is a PDF, an HTML page or plain text, and refuses binary junk. The bytes
/// outrank the content type and the file name: servers label PDFs application/octet-stream and pages text/plain.
/// </summary>
public static class FormatSniffer
{
    private const int Window = 8192;

    private static readonly string[] HtmlMarkers =
        ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<p ", "<ul", "<h1", "<h2", "<table"];

    public static DocumentFormat Detect(byte[] body)
    {
        if (LooksLikePdf(body))
        {
            return DocumentFormat.Pdf;
        }
        if (LooksBinary(body))
        {
            throw new UnreadableDocumentException("not a document: the bytes are binary, neither text, HTML nor PDF");
        }
        var head = HeadText(body).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\r', '\n', '\t');
        var lowered = head.ToLowerInvariant();
        var markup = HtmlMarkers.Count(m => lowered.Contains(m, StringComparison.Ordinal));
        if (lowered.StartsWith("<!doctype html", StringComparison.Ordinal) || lowered.StartsWith("<html", StringComparison.Ordinal) || markup >= 2)
        {
            return DocumentFormat.Html;
        }
        return DocumentFormat.Text;
    }

    /// <summary>The first bytes as text: UTF-16 where a byte-order mark says so, else byte by byte.</summary>
    private static string HeadText(byte[] body)
    {
        var n = Math.Min(body.Length, Window);
        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(body, 2, (n - 2) & ~1);
        }
        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(body, 2, (n - 2) & ~1);
        }
        return Encoding.Latin1.GetString(body, 0, n);
    }

    public static bool LooksLikePdf(byte[] body)
    {
        var limit = Math.Min(body.Length - 5, 1024);
        for (var i = 0; i <= limit; i++)
        {
            if (body[i] == '%' && body[i + 1] == 'P' && body[i + 2] == 'D' && body[i + 3] == 'F' && body[i + 4] == '-')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Text has no NUL bytes and few control characters; UTF-16 is caught by its byte-order mark first.</summary>
    public static bool LooksBinary(byte[] body)
    {
        if (body.Length >= 2 && ((body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF)))
        {
            return false;
        }
        var n = Math.Min(body.Length, Window);
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = body[i];
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }
        return n > 0 && control * 100 > n;
    }
}
