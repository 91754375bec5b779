using System.Text;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Bounds how deep a page's elements nest before the HTML parser sees it. The tree builder checks the stack of open
/// elements at every tag, so a page of 100,000 nested divs costs time in the square of its depth (tens of seconds)
/// and the walks after it recurse as deep. Browsers bound it the same way (Blink stops nesting at 512 and adds deeper
/// elements as siblings): past <see cref="MaxDepth"/> open containers, a container's tags are left out, so its
/// children join the level above and every word of the page is still read. Real pages nest a few dozen deep.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 512;

    /// <summary>
    /// Elements whose end a page must write, so that counting their tags measures depth honestly; elements the parser
    /// closes by itself (p, li, td, option …) and void ones are not counted and never left out.
    /// </summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "main", "aside", "nav", "header", "footer", "figure", "form", "fieldset",
        "ul", "ol", "dl", "table", "blockquote", "a", "b", "i", "u", "s", "em", "strong", "small", "font", "center",
        "label", "details", "summary", "abbr", "cite", "code", "sub", "sup", "mark", "q", "del", "ins",
    };

    /// <summary>Elements whose content is text up to their own end tag: tags inside them are not tags.</summary>
    /// <remarks>Not noscript: the parser runs without scripting, so what a noscript holds is markup like any other.</remarks>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "plaintext"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContainersBySpan = Containers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsRawText(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The page as it is when it nests no deeper than <see cref="MaxDepth"/>, else with the deeper containers' tags left out.</summary>
    public static string Bound(string html, out int deepest)
    {
        var open = new List<(string Name, bool Dropped)>();
        // How many of each name are open, so that an end tag nothing opened is passed by without a search of the stack.
        var openByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        StringBuilder? bounded = null;
        var copiedTo = 0;
        var depth = 0;
        var dropped = 0;
        deepest = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++;
                continue;
            }
            var tagEnd = TagEnd(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (!closing && IsRawText(name))
            {
                var end = html.IndexOf(string.Concat("</", name), tagEnd, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? html.Length : end;
                continue;
            }
            bool? keep = null;
            // A page has thousands of tags: they are looked up by span, and a container by its name as this list
            // writes it, which every comparison here (all without case) takes for the name as written.
            if (ContainersBySpan.TryGetValue(name, out var container))
            {
                if (closing)
                {
                    var match = -1;
                    if (openByName.GetValueOrDefault(container) > 0)
                    {
                        for (var k = open.Count - 1; k >= 0; k--)
                        {
                            if (open[k].Name.Equals(container, StringComparison.OrdinalIgnoreCase))
                            {
                                match = k;
                                break;
                            }
                        }
                    }
                    if (match >= 0)
                    {
                        var closedDropped = 0;
                        for (var k = match; k < open.Count; k++)
                        {
                            openByName[open[k].Name]--;
                            if (open[k].Dropped)
                            {
                                closedDropped++;
                            }
                        }
                        keep = !open[match].Dropped;
                        var closed = open.Count - match;
                        depth -= closed - closedDropped;
                        dropped -= closedDropped;
                        open.RemoveRange(match, closed);
                    }
                }
                else
                {
                    // "<div/>" opens a div in HTML, as the parser reads it.
                    var leftOut = depth >= MaxDepth;
                    open.Add((container, leftOut));
                    openByName[container] = openByName.GetValueOrDefault(container) + 1;
                    if (leftOut)
                    {
                        dropped++;
                    }
                    else
                    {
                        depth++;
                    }
                    deepest = Math.Max(deepest, depth + dropped);
                    keep = !leftOut;
                }
            }
            if (keep == false)
            {
                bounded ??= new StringBuilder(html.Length);
                bounded.Append(html, copiedTo, at - copiedTo);
                copiedTo = tagEnd;
            }
            at = tagEnd;
        }
        if (bounded is null)
        {
            return html;
        }
        bounded.Append(html, copiedTo, html.Length - copiedTo);
        return bounded.ToString();
    }

    /// <summary>Just after the tag's closing '>', quoted attribute values skipped.</summary>
    private static int TagEnd(string html, int from)
    {
        char? quote = null;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }
        return html.Length;
    }
}
