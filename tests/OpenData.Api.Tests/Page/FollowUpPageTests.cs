using OpenQA.Selenium;

using OpenData.Api.Tests.Features.FollowUps;
using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Page;

/// <summary>The page over Tierp's 2024 löfte and the kommun's follow-up of it.</summary>
public sealed class FollowUpBrowserSession : BrowserSession
{
    public FollowUpBrowserSession()
        : base(new FollowUpServer())
    {
    }
}

/// <summary>"Did they do it?" on the page, in a real browser: each promise's status, the report behind it, and compare's counts.</summary>
public class FollowUpPageTests(FollowUpBrowserSession browser) : IClassFixture<FollowUpBrowserSession>
{
    private IWebDriver Driver => browser.Driver;

    private IWebElement Promise(string words) =>
        Driver.FindElements(By.CssSelector("section.lofte ol.loften > li")).Single(li => li.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void Each_promise_shows_its_reported_status_and_the_archived_follow_up_behind_it()
    {
        browser.Open("/?vy=kommun&kod=0360");
        browser.WaitFor(By.CssSelector("section.lofte .uppfoljning"));
        browser.Screenshot("7-kommun-uppfoljning");

        var traffic = Promise("riktade trafikinsatser");
        Assert.Equal("Uppföljning: genomfört (2024)", traffic.FindElement(By.CssSelector(".uppfoljning-status")).Text);
        Assert.Contains("Under året har 12 trafikinsatser genomförts", traffic.FindElement(By.CssSelector(".uppfoljning-text")).Text);
        var source = traffic.FindElement(By.CssSelector(".uppfoljning-kalla")).Text;
        // Self-reported, and said so; the count against the target "minst 4".
        Assert.StartsWith("Egen uppgift från kommunen: Uppföljning av medborgarlöftet i Tierp, 2024.", source);
        Assert.Contains("12 trafikinsatser: 300 % av målet.", source);

        Assert.Equal("Uppföljning: delvis genomfört (2024)", Promise("trygghetsvandringar").FindElement(By.CssSelector(".uppfoljning-status")).Text);
        Assert.Equal("Uppföljning: pågår (2024)", Promise("belysningen").FindElement(By.CssSelector(".uppfoljning-status")).Text);
        Assert.Equal("Uppföljning: inställt (2024)", Promise("öppet hus").FindElement(By.CssSelector(".uppfoljning-status")).Text);
        // Nothing reported is news too, and is said as such.
        Assert.Equal("Uppföljning: ingen uppföljning publicerad", Promise("föräldrautbildning").FindElement(By.CssSelector(".uppfoljning-status")).Text);

        var archived = traffic.FindElement(By.PartialLinkText("Arkiverad uppföljning"));
        Assert.Matches("/archive/[0-9a-f]{64}$", archived.GetAttribute("href"));
        archived.Click();
        browser.WaitUntil(d => d.Url.Contains("/archive/", StringComparison.Ordinal));
        Assert.Contains("Under året har 12 trafikinsatser genomförts", Driver.FindElement(By.TagName("body")).Text);
    }

    [Fact]
    public void Compare_shows_how_many_promises_are_followed_up_and_reported_done()
    {
        browser.Open("/?vy=jamfor&kommuner=0360&ar=2024");
        var row = browser.WaitFor(By.CssSelector("table.uppfoljningar tbody tr[data-kod='0360']"));
        Assert.Equal(["Kommun", "Löften", "Med publicerad uppföljning", "Rapporterat genomfört"],
            Driver.FindElements(By.CssSelector("table.uppfoljningar thead th")).Select(t => t.Text));
        Assert.Equal(["5", "4", "1"], row.FindElements(By.TagName("td")).Select(td => td.Text));
        Assert.Equal("Tierp", row.FindElement(By.TagName("th")).Text);
        browser.Screenshot("8-jamfor-uppfoljning");

        // A promise opened from the grid carries its status too.
        Driver.FindElement(By.CssSelector("button.antal[aria-label*='Trafiksäkerhet i Tierp']")).Click();
        browser.WaitFor(By.Id("cell-rubrik"));
        var promise = Driver.FindElements(By.CssSelector("section.cell ol.loften > li")).Single(li => li.Text.Contains("trafikinsatser", StringComparison.Ordinal));
        Assert.Equal("Uppföljning: genomfört (2024)", promise.FindElement(By.CssSelector(".uppfoljning-status")).Text);
    }
}
