namespace OpenData.Ingest.Formats;

/// <summary>
/// Reads lines (a text dump, or a PDF's text layer) into blocks as a reader of the page would: a marked line opens
/// a list item, nested by its indentation or by a change of marker under a numbered item; a line that continues a
/// broken sentence or item joins it, as does a line set in under a bullet; an unmarked, indented line that starts a new
/// phrase beside list items is an item whose bullet went missing; a short line that does not end like a sentence is a heading.
/// </summary>
public static class LineBlockBuilder
{
    /// <summary>Words a phrase never ends on: a line ending on one continues on the next.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "och", "samt", "eller", "att", "i", "på", "med", "för", "av", "till", "om", "som", "genom", "mot", "vid", "den",
        "det", "de", "en", "ett", "inom", "under", "från", "kring", "både", "varav", "där", "när", "utifrån", "hos",
        "mellan", "efter", "inför", "bland", "sin", "sina", "sitt", "deras", "dess", "vår", "våra", "ska", "skall",
    };

    public static IReadOnlyList<TextBlock> Build(IReadOnlyList<SourceLine> input)
    {
        var lines = input.SelectMany(SplitInlineBullets).ToList();
        var wrapWidth = HardWrapWidth(lines);
        var blocks = new List<TextBlock>();
        var nesting = new ListNesting();
        var previousBlank = true;
        var itemTextColumn = -1;
        var itemMarkerColumn = -1;
        SourceLine? previous = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                previousBlank = true;
                continue;
            }
            var text = Whitespace.Fold(line.Text);
            var last = blocks.Count > 0 ? blocks[^1] : null;
            if (ListMarker.TryParse(line.Text, out var marker, out var rest, out var markerIndent))
            {
                var level = nesting.LevelOf(line.Indent + markerIndent, marker);
                blocks.Add(new TextBlock(BlockKind.ListItem, Whitespace.Fold(rest), level, marker));
                itemTextColumn = line.Indent + Math.Max(0, line.Text.IndexOf(rest, StringComparison.Ordinal));
                itemMarkerColumn = line.Indent + markerIndent;
            }
            else if (last is not null && previous is not null && !previousBlank &&
                     (Continues(last, previous, line, text, wrapWidth) || (last.Kind == BlockKind.ListItem && line.Indent > 0 && line.Indent == itemTextColumn)))
            {
                blocks[^1] = last with
                {
                    Text = Join(last.Text, text),
                    Kind = last.Kind == BlockKind.Heading ? BlockKind.Paragraph : last.Kind,
                };
            }
            else if (last is { Kind: BlockKind.ListItem } && previous is not null && line.Indent != itemTextColumn && IsUnmarkedItem(last, previous, line, text, wrapWidth))
            {
                blocks.Add(last with { Text = text });
            }
            else if (last is { Kind: BlockKind.ListItem } && wrapWidth is null && !previousBlank && line.Indent > itemMarkerColumn && itemMarkerColumn >= 0)
            {
                // In a dump one paragraph a line, a line set in under the bullet, with no blank line between, is the
                // item's next sentence ("• Vi ska motverka trafikbrott." / "  Alla ska känna sig trygga ...").
                blocks[^1] = last with { Text = Join(last.Text, text) };
            }
            else
            {
                var heading = (line.Emphasised && text.Length <= 120 && !EndsSentence(text)) || LooksLikeHeading(text);
                if (!nesting.IsEmpty && (heading || line.Indent <= nesting.BaseIndent))
                {
                    nesting.Reset();
                }
                blocks.Add(new TextBlock(heading ? BlockKind.Heading : BlockKind.Paragraph, text));
            }
            previousBlank = false;
            previous = line;
        }
        return blocks;
    }

    /// <summary>
    /// "Polisen lovar att: • genomföra ... • besöka ...": bullets typed inside a line of running text open items of
    /// their own, as they would had the editor broken the lines.
    /// </summary>
    private static IEnumerable<SourceLine> SplitInlineBullets(SourceLine line)
    {
        var text = line.Text;
        if (text.Length < 3 || text.IndexOf('•', 1) < 0)
        {
            yield return line;
            yield break;
        }
        var parts = text.Split('•');
        var head = parts[0].Trim();
        var startsWithBullet = head.Length == 0;
        if (!startsWithBullet)
        {
            yield return line with { Text = head };
        }
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Trim().Length > 0)
            {
                yield return new SourceLine("• " + parts[i].Trim(), startsWithBullet ? line.Indent : line.Indent + 2);
            }
        }
    }

    /// <summary>A short line that does not end like a sentence reads as a heading ("Medborgarlöfte 2017").</summary>
    public static bool LooksLikeHeading(string line) =>
        line.Length is > 0 and <= 90 && char.IsUpper(line[0]) &&
        line[^1] is not ('.' or ',' or ';') && line.Count(c => c == ' ') <= 10;

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?';

    /// <summary>Whether <paramref name="text"/> continues the block before it rather than starting one.</summary>
    private static bool Continues(TextBlock last, SourceLine previous, SourceLine line, string text, int? wrapWidth)
    {
        if (line.RunsOn)
        {
            return true;
        }
        var first = text[0];
        if (last.Kind == BlockKind.Heading)
        {
            return char.IsLower(first) && !last.Text.EndsWith(':');
        }
        if (wrapWidth is { } width && !line.Emphasised && Whitespace.Fold(previous.Text).Length + previous.Indent >= width * 0.7)
        {
            return true;
        }
        var end = last.Text[^1];
        if (end is ',' || (end is '-' && last.Text.Length > 1 && char.IsLetter(last.Text[^2])) || EndsOnConnective(last.Text))
        {
            return true;
        }
        if (!char.IsLower(first) || end is '.' or '!' or '?' or ':' or ';')
        {
            return false;
        }
        // In text set one paragraph a line, a new line is a new paragraph or item unless it starts mid-phrase
        // ("vid skolorna under terminsstart"); lines under a lead ("Vi lovar att:") are its items.
        return Connectives.Contains(FirstWord(text));
    }

    /// <summary>
    /// An indented line under a list item that starts a new phrase of its own: the item beside it lost its bullet
    /// when the page was copied ("• skapa evenemang för en levande stadskärna" / "  kontinuerligt diskutera ..."). Only
    /// in a list whose items start in lower case: under "• Tillsammans med skola och andra aktörer" a line in lower case
    /// ("  arbeta och samverka ...") is the item's wrapped end.
    /// </summary>
    private static bool IsUnmarkedItem(TextBlock last, SourceLine previous, SourceLine line, string text, int? wrapWidth) =>
        wrapWidth is null && line.Indent > 0 && char.IsLower(text[0]) && char.IsLower(last.Text[0]) && !line.RunsOn &&
        !Connectives.Contains(FirstWord(text)) && !EndsOnConnective(last.Text) && last.Text[^1] is not (',' or '-') &&
        previous.Indent <= line.Indent + 2;

    private static bool EndsOnConnective(string text)
    {
        var at = text.LastIndexOf(' ');
        return at >= 0 && Connectives.Contains(text[(at + 1)..]);
    }

    private static string FirstWord(string text)
    {
        var at = text.IndexOf(' ');
        return (at < 0 ? text : text[..at]).TrimEnd(',', '.');
    }

    /// <summary>
    /// Joins a broken line to the text before it; a word hyphenated at the line end is joined up again, while
    /// "fordon- och förarkontroller" keeps its hyphen.
    /// </summary>
    public static string Join(string left, string right)
    {
        if (left.EndsWith('-') && left.Length > 1 && char.IsLetter(left[^2]) && right.Length > 0 && char.IsLower(right[0]))
        {
            var next = FirstWord(right);
            return next is "och" or "eller" or "samt" or "till" ? left + " " + right : left[..^1] + right;
        }
        return left + " " + right;
    }

    /// <summary>
    /// The width a hard-wrapped text is set to, or null where each line is a paragraph (as in dumps of web pages):
    /// in wrapped text most long lines end close to one width.
    /// </summary>
    internal static int? HardWrapWidth(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => Whitespace.Fold(l.Text).Length + l.Indent).Where(n => n >= 20).Order().ToList();
        if (lengths.Count < 6)
        {
            return null;
        }
        var p90 = lengths[(int)(lengths.Count * 0.9) - 1];
        if (p90 > 130)
        {
            return null;
        }
        var nearWidth = lengths.Count(n => n >= p90 * 0.7);
        return nearWidth * 2 >= lengths.Count ? p90 : null;
    }
}
