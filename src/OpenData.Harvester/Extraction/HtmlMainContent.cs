using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace OpenData.Harvester.Extraction;

/// <summary>
/// Finds a page's main content by structure and text density, as Readability does, rather than by one site's
/// selectors: prose (paragraphs, list items, cells) scores its parent and grandparent, link text counts against,
/// class and id names nudge. The content is the best-scoring element widened to take in the page's own heading, and
/// within it navigation, share bars, feedback forms and link lists are chrome.
/// </summary>
internal static partial class HtmlMainContent
{
    private const string Invisible =
        "script,style,noscript,template,svg,iframe,object,embed,canvas,video,audio,map,button,select,input,textarea,link,meta," +
        "[hidden],[aria-hidden=true]";

    /// <summary>Removes what a reader never sees: scripts, styles, form controls, hidden elements.</summary>
    public static void RemoveInvisible(IDocument document)
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
    }

    /// <summary>The element to read and the page's own heading (h1) where it has one.</summary>
    public static (IElement? Root, IElement? Heading) Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return (null, null);
        }
        var top = BestCandidate(body) ?? body;
        var heading = PageHeading(body, top);
        var root = heading is null ? top : Widen(top, heading);
        return (root, heading);
    }

    /// <summary>
    /// Whether an element inside the content is chrome: navigation, a share bar, a feedback form, a cookie notice,
    /// or a block that is mostly links. Never the content's heading or its densest prose.
    /// </summary>
    public static bool IsChrome(IElement element, IElement? heading)
    {
        if (heading is not null && (element == heading || element.Contains(heading)))
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
        if (Negative().IsMatch(ClassAndId(element)) && !Positive().IsMatch(ClassAndId(element)))
        {
            return true;
        }
        var links = element.QuerySelectorAll("a").Length;
        return links >= 3 && element.LocalName is not ("p" or "h1" or "h2" or "h3" or "h4") && LinkDensity(element) > 0.6;
    }

    private static IElement? BestCandidate(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var e in body.QuerySelectorAll("p,li,td,pre,blockquote,dd,div,section"))
        {
            var text = e.LocalName is "div" or "section" ? OwnText(e) : e.TextContent;
            var length = Whitespace.Fold(text).Length;
            if (length < 25)
            {
                continue;
            }
            var points = 1 + text.Count(c => c == ',') + Math.Min(length / 100.0, 3);
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

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text || n is IElement { LocalName: "a" or "span" or "strong" or "em" or "b" or "i" or "br" }).Select(n => n.TextContent));

    public static double LinkDensity(IElement element)
    {
        var all = Whitespace.Fold(element.TextContent).Length;
        if (all == 0)
        {
            return 0;
        }
        var links = element.QuerySelectorAll("a").Sum(a => Whitespace.Fold(a.TextContent).Length);
        return Math.Min(1, (double)links / all);
    }

    private static string ClassAndId(IElement element) => $"{element.ClassName} {element.Id}";

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"article|\bbody\b|content|entry|\bmain\b|\bpost\b|\btext\b|editorial|preamble|ingress|story|innehall|sv-text-portlet", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"cookie|consent|gdpr|breadcrumb|brodsmul|\bskip|share|social|\bdela\b|sidebar|related|relaterat|puff|toolbar|feedback|rating|pagination|pager|\bmenu|meny|\bnav|search|\bsok\b|\btags?\b|print|banner|alert|driftstorning|\bfooter|sidfot|\bheader|sidhuvud|comment|widget|promo|sponsor|lang-?select|språk", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
