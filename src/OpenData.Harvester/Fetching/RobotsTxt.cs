using System.Globalization;
using System.Text;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// Reads a robots.txt (RFC 9309) for one product token: the groups naming it (merged), else the '*' groups, else
/// no rules. Lines it does not know are skipped; only the first 500 KiB are read, as the RFC allows.
/// </summary>
public static class RobotsTxt
{
    public const int MaxBytes = 500 * 1024;

    public static RobotsRules Parse(byte[] content, string productToken)
    {
        var text = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, MaxBytes));
        var groups = new List<Group>();
        var sitemaps = new List<Uri>();
        Group? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (field)
            {
                case "user-agent":
                    // Consecutive user-agent lines share one group; one after rules starts the next.
                    if (current is null || current.HasRules)
                    {
                        current = new Group();
                        groups.Add(current);
                    }
                    current.Agents.Add(value.Split('/', ' ')[0].ToLowerInvariant());
                    break;
                case "allow" or "disallow" when current is not null:
                    current.Rules.Add((field == "allow", value));
                    current.HasRules = true;
                    break;
                case "sitemap":
                    // Not part of any group: a sitemap is the site's, whoever reads it.
                    if (Uri.TryCreate(value, UriKind.Absolute, out var sitemap) && (sitemap.Scheme == Uri.UriSchemeHttps || sitemap.Scheme == Uri.UriSchemeHttp))
                    {
                        sitemaps.Add(sitemap);
                    }
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86400)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }
                    current.HasRules = true;
                    break;
            }
        }

        var token = productToken.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }
        return new RobotsRules(
            chosen.SelectMany(g => g.Rules),
            chosen.Select(g => g.CrawlDelay).Where(d => d is not null).Max(),
            chosen.Count == 0 ? "robots.txt (no group for this harvester)" : "robots.txt")
        {
            Sitemaps = sitemaps,
        };
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(bool Allow, string Path)> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }

        public bool HasRules { get; set; }
    }
}
