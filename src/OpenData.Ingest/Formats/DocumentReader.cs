namespace OpenData.Ingest.Formats;

/// <summary>Sniffs a body's format (or takes the one asked for) and reads it with the matching format reader.</summary>
public sealed class DocumentReader(IEnumerable<IFormatReader> readers)
{
    private readonly Dictionary<DocumentFormat, IFormatReader> _readers = readers.ToDictionary(r => r.Format);

    public static DocumentReader CreateDefault() => new([new PlainTextReader(), new HtmlReader(), new PdfReader()]);

    /// <param name="body">The bytes as fetched.</param>
    /// <param name="contentType">The Content-Type as served, for its charset.</param>
    /// <param name="format">A format to insist on; null sniffs it from the bytes.</param>
    public DocumentText Read(byte[] body, string? contentType, DocumentFormat? format = null)
    {
        if (body.Length == 0)
        {
            throw new UnreadableDocumentException("the file is empty");
        }
        // A format insisted on decides how text is read, never that binary bytes are text: html or text on an image
        // or an archive would read its bytes as hundreds of garbage promises.
        if (format is DocumentFormat.Html or DocumentFormat.Text && FormatSniffer.LooksBinary(body))
        {
            throw new UnreadableDocumentException($"not a document: the bytes are binary, not {format.Value.ToString().ToLowerInvariant()}");
        }
        var chosen = format ?? FormatSniffer.Detect(body);
        var text = _readers[chosen].Read(body, contentType);
        if (!text.Blocks.Any(b => b.Text.Any(char.IsLetter)))
        {
            throw new UnreadableDocumentException($"no text to read: the {chosen.ToString().ToLowerInvariant()} holds no words");
        }
        return text;
    }
}
