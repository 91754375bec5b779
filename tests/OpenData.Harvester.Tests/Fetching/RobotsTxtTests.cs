using System.Text;
using OpenData.Harvester.Fetching;

namespace OpenData.Harvester.Tests.Fetching;

/// <summary>RFC 9309 as this harvester reads it, on the RFC's own examples where it has them.</summary>
public class RobotsTxtTests
{
    private static RobotsRules Parse(string text) => RobotsTxt.Parse(Encoding.UTF8.GetBytes(text), "OpenDataMedborgarloften");

    private static bool Allowed(RobotsRules rules, string path) => rules.IsAllowed(new Uri("https://polisen.se" + path));

    [Fact]
    public void The_longest_match_wins_and_allow_wins_a_tie()
    {
        var rules = Parse("User-agent: *\nDisallow: /om-polisen/\nAllow: /om-polisen/medborgarloften\nDisallow: /x\nAllow: /x\n");

        Assert.False(Allowed(rules, "/om-polisen/jobb"));
        Assert.True(Allowed(rules, "/om-polisen/medborgarloften-och-lokal-samverkan/"));
        Assert.True(Allowed(rules, "/x"));
        Assert.True(Allowed(rules, "/aktuellt/"));
    }

    [Fact]
    public void Wildcards_and_the_end_anchor_match_as_the_RFC_says()
    {
        var rules = Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /sok*\nAllow: /$\n");

        Assert.False(Allowed(rules, "/dokument/lofte.pdf"));
        Assert.True(Allowed(rules, "/dokument/lofte.pdf?download=1"));
        Assert.False(Allowed(rules, "/sok?q=medborgarlofte"));
        Assert.True(Allowed(rules, "/"));
        Assert.True(Allowed(rules, "/robots.txt"));
    }

    [Fact]
    public void This_harvesters_groups_are_merged_and_win_over_the_star_group()
    {
        var rules = Parse("""
            User-agent: *
            Disallow: /

            User-agent: opendatamedborgarloften
            Disallow: /a/
            Crawl-delay: 12.5

            User-agent: OpenDataMedborgarloften/1.0
            Disallow: /b/
            """);

        Assert.True(Allowed(rules, "/c/"));
        Assert.False(Allowed(rules, "/a/"));
        Assert.False(Allowed(rules, "/b/"));
        Assert.Equal(TimeSpan.FromSeconds(12.5), rules.CrawlDelay);
    }

    [Fact]
    public void Consecutive_user_agent_lines_share_their_rules_and_unknown_lines_are_skipped()
    {
        var rules = Parse("user-agent: SomeBot\nUSER-AGENT: OpenDataMedborgarloften\nfoo: bar\nsitemap: https://polisen.se/sitemap.xml\ndisallow: /privat # comment\n");

        Assert.False(Allowed(rules, "/privat/x"));
        Assert.True(Allowed(rules, "/offentlig"));
    }

    [Fact]
    public void Paths_compare_as_percent_encoded_utf8()
    {
        var rules = Parse("User-agent: *\nDisallow: /medborgarlöften/\nDisallow: /a%3cd\n");

        Assert.False(Allowed(rules, "/medborgarl%C3%B6ften/habo"));
        Assert.False(Allowed(rules, "/medborgarlöften/habo"));
        Assert.False(Allowed(rules, "/a%3Cd"));
    }

    [Fact]
    public void No_group_for_anyone_means_no_rules()
    {
        Assert.True(Allowed(Parse("User-agent: OtherBot\nDisallow: /\n"), "/anything"));
        Assert.True(Allowed(Parse(""), "/anything"));
    }
}
