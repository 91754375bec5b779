using OpenQA.Selenium;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Page;

/// <summary>What a journalist or resident does on the page, in a real browser, with a screenshot of every step.</summary>
public class PageTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    private IWebDriver Driver => browser.Driver;

    [Fact]
    public void Pick_two_kommuner_and_read_the_comparison_then_follow_a_promise_to_its_source()
    {
        browser.Open("/?vy=jamfor");
        AddKommun("Åsele");
        browser.WaitFor(By.CssSelector("ul.valda li"));
        AddKommun("Västerås");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("table.jamforelse thead th")).Count == 3);
        browser.Screenshot("1-jamfor-tva-kommuner");

        // The state is in the address: the comparison can be shared.
        Assert.Contains("kommuner=2463%2C1980", Driver.Url.Replace(",", "%2C", StringComparison.Ordinal));
        var headers = Driver.FindElements(By.CssSelector("table.jamforelse thead th")).Select(h => h.Text).ToList();
        Assert.Equal(["Tema", "Åsele", "Västerås"], headers);

        // Open the cell of Åsele's traffic promises.
        var cell = Driver.FindElement(By.CssSelector("button.antal[aria-label*='Trafiksäkerhet i Åsele']"));
        Assert.True(int.Parse(cell.Text) >= 1);
        cell.Click();
        var heading = browser.WaitFor(By.Id("cell-rubrik"));
        Assert.Equal("Åsele · Trafiksäkerhet", heading.Text);
        Assert.Equal(heading, Driver.SwitchTo().ActiveElement()); // focus moves to what opened
        var promises = Driver.FindElements(By.CssSelector("section.cell ol.loften > li"));
        Assert.Contains(promises, p => p.Text.Contains("riktade trafikinsatser", StringComparison.Ordinal));
        browser.Screenshot("2-jamfor-cell-oppnad");

        // Follow the promise to its kommun page and on to the archived copy it was read from.
        Driver.FindElement(By.CssSelector("section.cell a[href*='vy=kommun']")).Click();
        browser.WaitFor(By.CssSelector("section.lofte"));
        Assert.Equal("Åsele", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("Västerbottens län", Driver.FindElement(By.CssSelector("p.ingress")).Text);
        Assert.Equal(4, Driver.FindElements(By.CssSelector("section.lofte ol.loften > li")).Count);
        browser.Screenshot("3-kommun-asele");

        var archived = Driver.FindElement(By.PartialLinkText("arkiverad kopia"));
        Assert.Matches("/archive/[0-9a-f]{64}$", archived.GetAttribute("href"));
        archived.Click();
        browser.WaitUntil(d => d.Url.Contains("/archive/", StringComparison.Ordinal));
        Assert.Contains("Medborgarlöfte i Åsele", Driver.FindElement(By.TagName("body")).Text);
        browser.Screenshot("4-arkiverad-kopia");
    }

    [Fact]
    public void Search_finds_inflected_forms_and_filters_by_lan()
    {
        browser.Open("/?vy=sok");
        var text = browser.WaitFor(By.Id("sok-text"));
        text.SendKeys("trafikinsats");
        text.SendKeys(Keys.Enter);
        var heading = browser.WaitFor(By.CssSelector("h2[data-fokus]"));
        Assert.Matches(@"^\d+ löften$", heading.Text);
        var hits = Driver.FindElements(By.CssSelector("ol.traffar > li"));
        Assert.Contains(hits, h => h.Text.Contains("trafikinsatser", StringComparison.Ordinal));
        Assert.Contains("q=trafikinsats", Driver.Url);
        browser.Screenshot("5-sok-trafikinsats");

        // The same search limited to Västmanland (Västerås) finds nothing about traffic.
        browser.Open("/?vy=sok&q=trafikinsats&lan=19");
        Assert.Equal("Inga löften hittades", browser.WaitFor(By.CssSelector("h2[data-fokus]")).Text);
    }

    [Fact]
    public void Coverage_shows_which_kommuner_have_a_lofte_in_force_by_lan()
    {
        browser.Open("/?vy=tackning&ar=2017");
        var heading = browser.WaitFor(By.TagName("h1"));
        Assert.Equal("Täckning 2017", heading.Text);
        Assert.Matches(@"^\d+ av 290 kommuner har ett medborgarlöfte som gäller 2017\.$", Driver.FindElement(By.CssSelector("p.ingress")).Text);
        var vasterbotten = Driver.FindElements(By.CssSelector("table.tackning tbody tr")).Single(r => r.Text.StartsWith("Västerbottens län", StringComparison.Ordinal));
        Assert.Contains("Åsele", vasterbotten.FindElements(By.TagName("td"))[0].Text);
        var jamtland = Driver.FindElements(By.CssSelector("table.tackning tbody tr")).Single(r => r.Text.StartsWith("Jämtlands län", StringComparison.Ordinal));
        Assert.Contains("8 av 8", jamtland.Text);
        // The kommuner without one are told apart: nobody has asked Umeå's addresses yet, which is not "none found".
        Assert.Equal(["Län", "Löfte gäller", "Löftet har gått ut", "Inget löfte hittat", "Källan svarar inte", "Inte hämtat än"],
            Driver.FindElements(By.CssSelector("table.tackning thead th")).Select(t => t.Text));
        Assert.Contains("Umeå", vasterbotten.FindElements(By.TagName("td"))[4].Text);
        Assert.DoesNotContain("Umeå", vasterbotten.FindElements(By.TagName("td"))[2].Text);
        // Västerås' löften are of later years: 2017 did not "end" for it.
        var vastmanland = Driver.FindElements(By.CssSelector("table.tackning tbody tr")).Single(r => r.Text.StartsWith("Västmanlands län", StringComparison.Ordinal));
        Assert.DoesNotContain("Västerås", vastmanland.FindElements(By.TagName("td"))[1].Text);
        browser.Screenshot("6-tackning-2017");

        // Per kommun, what it rests on.
        Driver.FindElement(By.CssSelector("details[data-lan='24'] summary")).Click();
        var asele = browser.WaitFor(By.CssSelector("details[data-lan='24'] tr[data-kod='2463']"));
        Assert.Contains("Löfte gäller", asele.Text);
        Assert.Contains("löften för 2017", asele.Text);
        var umea = Driver.FindElement(By.CssSelector("details[data-lan='24'] tr[data-kod='2480']"));
        Assert.Contains("Inte hämtat än", umea.Text);
        Assert.Contains("aldrig hämtad", umea.Text);
        browser.Screenshot("7-tackning-kallor-vasterbotten");
    }

    [Fact]
    public void Works_from_the_keyboard_and_on_a_phone_sized_screen()
    {
        Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        try
        {
            browser.Open("/?vy=kommun");
            var field = browser.WaitFor(By.CssSelector("input[list]"));
            field.SendKeys("Västerås");
            field.SendKeys(Keys.Enter);
            var heading = browser.WaitFor(By.CssSelector("h1[data-fokus]"));
            Assert.Equal("Västerås", heading.Text);
            Assert.Equal(heading, Driver.SwitchTo().ActiveElement());
            // Nothing wider than the screen but the tables, which scroll in their own box.
            var width = (long)((IJavaScriptExecutor)Driver).ExecuteScript("return document.documentElement.scrollWidth;")!;
            Assert.True(width <= 390, $"the page is {width}px wide on a 390px screen");
            browser.Screenshot("7-mobil-kommun-vasteras");
        }
        finally
        {
            Driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        }
    }

    [Fact]
    public void The_GraphQL_explorer_runs_a_query_in_the_browser()
    {
        browser.Open("/utforska.html");
        browser.WaitFor(By.CssSelector("#schema h3"));
        var box = Driver.FindElement(By.Id("query"));
        box.Clear();
        box.SendKeys("{ kommun(code: \"2463\") { name } }");
        box.SendKeys(Keys.Control + Keys.Enter);
        browser.WaitUntil(d => d.FindElement(By.Id("svar")).Text.Contains("Åsele", StringComparison.Ordinal));
        Assert.StartsWith("HTTP 200", Driver.FindElement(By.Id("svar")).Text);
        browser.Screenshot("8-utforska");
    }

    private void AddKommun(string name)
    {
        var field = browser.WaitFor(By.CssSelector("form.val input[list]"));
        field.SendKeys(name);
        field.SendKeys(Keys.Enter);
        browser.WaitUntil(d => d.FindElements(By.CssSelector("ul.valda li")).Any(li => li.Text.Contains(name, StringComparison.Ordinal)));
    }
}
