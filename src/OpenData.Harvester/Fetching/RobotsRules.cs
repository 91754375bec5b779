using System.Text;
using System.Text.RegularExpressions;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// The rules of one robots.txt group for this harvester (RFC 9309): the longest matching path wins, an allow wins
/// a tie, '*' matches any run of characters and a final '$' anchors the end. /robots.txt itself is always allowed.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<Rule> _rules;

    public RobotsRules(IEnumerable<(bool Allow, string Path)> rules, TimeSpan? crawlDelay, string origin)
    {
        _rules = rules.Where(r => r.Path.Length > 0).Select(r => new Rule(r.Allow, Normalise(r.Path))).ToList();
        CrawlDelay = crawlDelay;
        Origin = origin;
    }

    public static RobotsRules AllowAll(string origin) => new([], null, origin);

    public static RobotsRules DisallowAll(string origin) => new([(false, "/")], null, origin);

    /// <summary>robots.txt's Crawl-delay for this harvester's group (not part of RFC 9309, but widely used).</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>The sitemaps robots.txt names (its Sitemap: lines), in order.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; init; } = [];

    /// <summary>Where these rules came from, for messages: "robots.txt", "robots.txt answered 503: all disallowed".</summary>
    public string Origin { get; }

    public bool IsAllowed(Uri url)
    {
        var path = Normalise(string.IsNullOrEmpty(url.PathAndQuery) ? "/" : url.PathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }
            if (best is null || rule.Path.Length > best.Path.Length || (rule.Path.Length == best.Path.Length && rule.Allow))
            {
                best = rule;
            }
        }
        return best?.Allow ?? true;
    }

    /// <summary>
    /// Paths compared as percent-encoded octets: characters outside ASCII encoded as UTF-8, escapes in upper case,
    /// so "/medborgarlöften" in a file and "/medborgarl%c3%b6ften" in an address are the same path.
    /// </summary>
    private static string Normalise(string path)
    {
        var sb = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                sb.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                i += 2;
            }
            else if (c > 0x7F || char.IsControl(c) || c == ' ')
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length)))
                {
                    sb.Append('%').Append(b.ToString("X2"));
                }
                i += length - 1;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private sealed class Rule
    {
        private readonly Regex? _pattern;

        public Rule(bool allow, string path)
        {
            Allow = allow;
            Path = path;
            if (path.Contains('*') || path.EndsWith('$'))
            {
                var anchored = path.EndsWith('$');
                var body = anchored ? path[..^1] : path;
                var regex = "^" + string.Concat(body.Select(c => c == '*' ? ".*" : Regex.Escape(c.ToString()))) + (anchored ? "$" : "");
                _pattern = new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));
            }
        }

        public bool Allow { get; }

        public string Path { get; }

        public bool Matches(string path) =>
            _pattern?.IsMatch(path) ?? path.StartsWith(Path, StringComparison.Ordinal);
    }
}
