using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OpenData.Ingest.Formats;

/// <summary>
/// Finds a page's main content by structure and text density, as Readability does, rather than by one site's
/// selectors: prose (paragraphs, list items, cells) scores its parent and grandparent, link text counts against,
/// class and id names nudge. The content is the best-scoring element widened to take in the page's own heading, and
/// within it navigation, share bars, feedback forms and link lists are chrome. Text and link lengths are counted once
/// per page, so that judging any element costs no second walk of its subtree.
/// </summary>
internal sealed partial class HtmlMainContent
{
    private const string Invisible =
        "script,style,noscript,template,svg,iframe,object,embed,canvas,video,audio,map,button,select,input,textarea,link,meta," +
        "[hidden],[aria-hidden=true]";

    private readonly Dictionary<IElement, (int Text, int Links, int LinkCount)> _lengths = [];
    private readonly Dictionary<IElement, bool> _chrome = [];

    private HtmlMainContent(IElement body)
    {
        Count(body);
    }

    /// <summary>The element to read and the page's own heading (h1) where it has one.</summary>
    public IElement? Root { get; private set; }

    public IElement? Heading { get; private set; }

    /// <summary>Removes what a reader never sees, then finds the content of <paramref name="document"/>.</summary>
    public static HtmlMainContent? Of(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Invisible).ToList())
        {
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[style]").ToList())
        {
            if (Hidden().IsMatch(element.GetAttribute("style") ?? ""))
            {
                element.Remove();
            }
        }
        var body = document.Body;
        if (body is null)
        {
            return null;
        }
        var content = new HtmlMainContent(body);
        var top = content.BestCandidate(body) ?? body;
        content.Heading = PageHeading(body, top);
        content.Root = content.Heading is null ? top : Widen(top, content.Heading);
        return content;
    }

    /// <summary>
    /// Whether an element inside the content is chrome: navigation, a share bar, a feedback form, a cookie notice,
    /// or a block that is mostly links. Never the content's heading or what holds it.
    /// </summary>
    public bool IsChrome(IElement element)
    {
        if (!_chrome.TryGetValue(element, out var chrome))
        {
            _chrome[element] = chrome = Judge(element);
        }
        return chrome;
    }

    private bool Judge(IElement element)
    {
        if (Heading is not null && (element == Heading || element.Contains(Heading)))
        {
            return false;
        }
        switch (element.LocalName)
        {
            case "nav" or "aside" or "footer" or "form" or "header" or "dialog":
                return true;
        }
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "search" or "complementary" or "dialog")
        {
            return true;
        }
        var names = ClassAndId(element);
        if (names.Length > 1 && Negative().IsMatch(names) && !Positive().IsMatch(names))
        {
            return true;
        }
        return element.LocalName is not ("p" or "h1" or "h2" or "h3" or "h4") && LinkCount(element) >= 3 && LinkDensity(element) > 0.6;
    }

    private IElement? BestCandidate(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var e in body.QuerySelectorAll("p,li,td,pre,blockquote,dd,div,section"))
        {
            var text = e.LocalName is "div" or "section" ? OwnText(e) : e.TextContent;
            var length = Whitespace.FoldedLength(text);
            if (length < 25)
            {
                continue;
            }
            var points = 1 + text.AsSpan().Count(',') + Math.Min(length / 100.0, 3);
            var ancestor = e.LocalName is "div" or "section" ? e : e.ParentElement;
            for (var level = 0; ancestor is not null && level < 3; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = Initial(ancestor);
                }
                scores[ancestor] += points / (level + 1);
            }
        }
        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value * (1 - LinkDensity(s.Key))).Key;
    }

    private static double Initial(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "nav" or "aside" or "footer" or "header" => -25,
            _ => 0,
        };
        var names = ClassAndId(element);
        if (Positive().IsMatch(names))
        {
            score += 25;
        }
        if (Negative().IsMatch(names))
        {
            score -= 25;
        }
        return score;
    }

    /// <summary>The h1 inside the content, else the last one before it (an article header above the body text).</summary>
    private static IElement? PageHeading(IElement body, IElement top)
    {
        var headings = body.QuerySelectorAll("h1").Where(h => Whitespace.Fold(h.TextContent).Length > 0 && !InChrome(h)).ToList();
        return headings.FirstOrDefault(top.Contains)
               ?? headings.LastOrDefault(h => h.CompareDocumentPosition(top).HasFlag(DocumentPositions.Following))
               ?? headings.FirstOrDefault();
    }

    private static bool InChrome(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "nav" or "footer" or "aside" || e.GetAttribute("role") is "navigation" or "contentinfo")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nearest ancestor of the content that also holds its heading, a few levels up at most.</summary>
    private static IElement Widen(IElement top, IElement heading)
    {
        var root = top;
        for (var level = 0; level < 5 && root.ParentElement is not null && !root.Contains(heading); level++)
        {
            root = root.ParentElement;
        }
        return root.Contains(heading) ? root : top;
    }

    /// <summary>Counts, for every element, the letters of its text, those inside links, and its links.</summary>
    private (int Text, int Links, int LinkCount) Count(IElement element)
    {
        int text = 0, links = 0, linkCount = element.LocalName == "a" ? 1 : 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                var (t, l, c) = Count(e);
                text += t;
                links += e.LocalName == "a" ? t : l;
                linkCount += c;
            }
            else if (child is IText node)
            {
                text += VisibleLetters(node.Data);
            }
        }
        return _lengths[element] = (text, links, linkCount);
    }

    private static int VisibleLetters(string data)
    {
        var count = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }
        return count;
    }

    private double LinkDensity(IElement element) =>
        _lengths.TryGetValue(element, out var l) && l.Text > 0 ? Math.Min(1, (double)l.Links / l.Text) : 0;

    private int LinkCount(IElement element) => _lengths.TryGetValue(element, out var l) ? l.LinkCount : 0;

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text || n is IElement { LocalName: "a" or "span" or "strong" or "em" or "b" or "i" or "br" }).Select(n => n.TextContent));

    private static string ClassAndId(IElement element) => $"{element.ClassName} {element.Id}";

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"article|\bbody\b|content|entry|\bmain\b|\bpost\b|\btext\b|editorial|preamble|ingress|story|innehall|sv-text-portlet", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"cookie|consent|gdpr|breadcrumb|brodsmul|\bskip|share|social|\bdela\b|sidebar|related|relaterat|puff|toolbar|feedback|rating|pagination|pager|\bmenu|meny|\bnav|search|\bsok\b|\btags?\b|print|banner|alert|driftstorning|\bfooter|sidfot|\bheader|sidhuvud|comment|widget|promo|sponsor|lang-?select|språk", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
