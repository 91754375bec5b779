using OpenData.Harvester.Fetching;

namespace OpenData.Harvester.Tests.Fetching;

public class HarvesterOptionsTests
{
    [Fact]
    public void Polisen_se_and_its_subdomains_share_its_rules_and_budget()
    {
        var options = new HarvesterOptions();

        var (key, policy, configured) = options.PolicyFor("www.polisen.se");

        Assert.Equal("polisen.se", key);
        Assert.True(configured);
        Assert.Equal(TimeSpan.FromSeconds(10), policy.MinDelay);
        Assert.Equal(60, policy.PerHour);
        Assert.Equal(1440, policy.PerDay);
        Assert.Equal(("www.svalov.se", false), (options.PolicyFor("www.svalov.se").Key, options.PolicyFor("www.svalov.se").Configured));
        Assert.Equal("polisen.se", options.PolicyFor("POLISEN.SE").Key);
        Assert.Equal("notpolisen.se", options.PolicyFor("notpolisen.se").Key);
    }

    [Fact]
    public void A_live_run_needs_a_contact_in_the_User_Agent()
    {
        var options = new HarvesterOptions();

        Assert.Contains(options.Problems(), p => p.StartsWith("Harvester:Contact is not set"));
        options.Contact = "mailto:ops@example.org";
        Assert.Empty(options.Problems());
        Assert.Equal("OpenDataMedborgarloften/1.0 (+mailto:ops@example.org)", options.UserAgent);
    }
}
