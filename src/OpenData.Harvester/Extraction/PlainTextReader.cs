using System.Text;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Reads plain-text dumps of pages (one paragraph a line, bullets kept as characters) and the text layer of PDFs.
/// A line is a paragraph, a list item or a heading; a line that continues a broken item or sentence is joined to it.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    public DocumentFormat Format => DocumentFormat.Text;

    public DocumentText Read(byte[] body, string? contentType) =>
        new(DocumentFormat.Text, null, ReadLines(TextDecoding.Decode(body, contentType)));

    public static IReadOnlyList<TextBlock> ReadLines(string text)
    {
        var blocks = new List<TextBlock>();
        var indents = new List<int>();
        var previousBlank = true;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = Whitespace.Fold(raw);
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            if (ListMarker.TryParse(raw, out var marker, out var rest, out var indent))
            {
                blocks.Add(new TextBlock(BlockKind.ListItem, rest, LevelOf(indent, indents), marker));
            }
            else if (!previousBlank && blocks.Count > 0 && Continues(blocks[^1], line))
            {
                var last = blocks[^1];
                blocks[^1] = last with { Text = Join(last.Text, line), Kind = last.Kind == BlockKind.Heading ? BlockKind.Paragraph : last.Kind };
            }
            else
            {
                blocks.Add(new TextBlock(LooksLikeHeading(line) ? BlockKind.Heading : BlockKind.Paragraph, line));
            }
            previousBlank = false;
        }
        return blocks;
    }

    /// <summary>Nesting from indentation: each deeper indent seen opens a level.</summary>
    private static int LevelOf(int indent, List<int> indents)
    {
        indents.RemoveAll(i => i > indent);
        if (indents.Count == 0 || indents[^1] < indent)
        {
            indents.Add(indent);
        }
        return indents.Count - 1;
    }

    /// <summary>A line broken off the one before: that one ends mid-sentence and this one starts in lower case.</summary>
    private static bool Continues(TextBlock previous, string line)
    {
        var last = previous.Text[^1];
        return char.IsLower(line[0]) && last is not ('.' or '!' or '?' or ':') ||
               last is ',' or '-' && previous.Kind == BlockKind.ListItem;
    }

    private static string Join(string left, string right) =>
        left.EndsWith('-') && right.Length > 0 && char.IsLower(right[0]) ? left[..^1] + right : left + " " + right;

    /// <summary>A short line that does not end like a sentence reads as a heading ("Medborgarlöfte 2017").</summary>
    internal static bool LooksLikeHeading(string line) =>
        line.Length <= 90 && char.IsUpper(line[0]) && line[^1] is not ('.' or ',' or ';') &&
        line.Count(c => c == ' ') <= 10;
}
