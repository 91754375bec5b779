namespace OpenData.Ingest.Formats;

/// <summary>
/// Reads plain-text dumps of pages (one paragraph a line, bullets kept as characters) and hard-wrapped text files.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    public DocumentFormat Format => DocumentFormat.Text;

    public DocumentText Read(byte[] body, string? contentType)
    {
        var text = TextDecoding.Decode(body, contentType);
        if (text.Length <= HtmlReader.MaxCharacters)
        {
            return new(DocumentFormat.Text, null, ReadLines(text));
        }
        // Far longer than any löfte: read from the beginning, where its heading and content are.
        var cut = text.LastIndexOf('\n', HtmlReader.MaxCharacters);
        return new(DocumentFormat.Text, null, ReadLines(text[..(cut > 0 ? cut : HtmlReader.MaxCharacters)]),
            [$"the text is {text.Length:N0} characters long; only its first {HtmlReader.MaxCharacters:N0} were read"]);
    }

    public static IReadOnlyList<TextBlock> ReadLines(string text) => LineBlockBuilder.Build(Lines(text));

    private static List<SourceLine> Lines(string text)
    {
        var lines = new List<SourceLine>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var indent = 0;
            var start = 0;
            for (; start < raw.Length && raw[start] is ' ' or '\t' or '\u00A0'; start++)
            {
                indent += raw[start] == '\t' ? 4 : 1;
            }
            lines.Add(new SourceLine(raw[start..], indent));
        }
        return lines;
    }
}
