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
        // 2017: the year Åsele's löfte ran (it has ended since, so the löften in force now have nothing of it).
        browser.Open("/?vy=jamfor&ar=2017");
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
        // The target as Swedish says it, and the löfte named by its year.
        Assert.Contains(promises, p => p.Text.Contains("minst 4 riktade trafikinsatser per år", StringComparison.Ordinal));
        Assert.Contains(promises, p => p.Text.Contains("Medborgarlöfte 2017", StringComparison.Ordinal));
        browser.Screenshot("2-jamfor-cell-oppnad");

        // Follow the promise to its kommun page and on to the archived copy it was read from.
        Driver.FindElement(By.CssSelector("section.cell a[href*='vy=kommun']")).Click();
        browser.WaitFor(By.CssSelector("section.lofte"));
        Assert.Equal("Åsele", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("Västerbottens län", Driver.FindElement(By.CssSelector("p.ingress")).Text);
        Assert.Equal(4, Driver.FindElements(By.CssSelector("section.lofte ol.loften > li")).Count);
        // In 2026 (the tests' today) the 2017 löfte has ended: it does not say "gäller".
        Assert.Equal("Status: avslutat 2017", Driver.FindElement(By.CssSelector("section.lofte p.status")).Text);
        Assert.Contains("minst 2 gånger per år", Driver.FindElement(By.CssSelector("section.lofte")).Text);
        Assert.StartsWith("Publicerad av Polisen på polisen.se.", Driver.FindElement(By.CssSelector("section.lofte .attribution")).Text);
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
        var count = Driver.FindElements(By.CssSelector("ol.traffar > li")).Count;
        Assert.Equal(count == 1 ? "1 löfte" : $"{count} löften", heading.Text);
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
        Assert.Matches(@"^\d+ av 290 kommuner hade ett medborgarlöfte som gällde 2017\.$", Driver.FindElement(By.CssSelector("p.ingress")).Text);
        // What the database holds is said, and that the national data comes with a live harvest.
        var holdings = Driver.FindElement(By.CssSelector("p.innehall")).Text;
        Assert.Matches(@"^Databasen innehåller \d+ medborgarlöften från \d+ kommuner, med sammanlagt \d+ löften\. De är lästa ur de 5 sidor som följer med tjänsten", holdings);
        Assert.Contains("harvest --live", holdings);
        var vasterbotten = Driver.FindElements(By.CssSelector("table.tackning tbody tr")).Single(r => r.Text.StartsWith("Västerbottens län", StringComparison.Ordinal));
        Assert.Contains("Åsele", vasterbotten.FindElements(By.TagName("td"))[0].Text);
        var jamtland = Driver.FindElements(By.CssSelector("table.tackning tbody tr")).Single(r => r.Text.StartsWith("Jämtlands län", StringComparison.Ordinal));
        Assert.Contains("8 av 8", jamtland.Text);
        // The kommuner without one are told apart: nobody has asked Umeå's addresses yet, which is not "none found".
        Assert.Equal(["Län", "Löfte gäller", "Löftet har gått ut", "Löfte utan känd period", "Inget löfte hittat", "Källan svarar inte", "Inte hämtat än"],
            Driver.FindElements(By.CssSelector("table.tackning thead th")).Select(t => t.Text));
        Assert.Contains("Umeå", vasterbotten.FindElements(By.TagName("td"))[5].Text);
        Assert.DoesNotContain("Umeå", vasterbotten.FindElements(By.TagName("td"))[3].Text);
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

    [Fact]
    public void A_whole_lan_is_added_even_the_largest_Vastra_Gotaland_and_a_cell_opens_its_promises()
    {
        browser.Open("/?vy=jamfor&ar=2017&kommuner=2463");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("table.jamforelse thead th")).Count == 2);
        ChooseLan("14"); // Västra Götalands län: 49 kommuner, the most of any län
        Driver.FindElement(By.XPath("//button[normalize-space()='Lägg till länet']")).Click();
        browser.WaitUntil(d => d.FindElements(By.CssSelector("table.jamforelse thead th")).Count == 1 + 1 + 49, seconds: 30);
        Assert.DoesNotContain(Driver.FindElements(By.CssSelector("p.fel[role='alert']")), e => e.Displayed);
        Assert.Equal(50, Driver.FindElements(By.CssSelector("ul.valda li")).Count);
        Assert.Contains("Göteborg", Driver.FindElement(By.CssSelector("table.jamforelse thead")).Text);
        browser.Screenshot("9-jamfor-vastra-gotaland");

        // The promises of a cell are asked for when it is opened.
        Driver.FindElement(By.CssSelector("button.antal[aria-label*='Trafiksäkerhet i Åsele']")).Click();
        var heading = browser.WaitFor(By.Id("cell-rubrik"), seconds: 30);
        Assert.Equal("Åsele · Trafiksäkerhet", heading.Text);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("section.cell ol.loften > li")));

        // One more is past what compare takes: said in Swedish, and the forms and the table stay.
        var field = Driver.FindElement(By.CssSelector("form.val input[list]"));
        field.SendKeys("Västerås");
        field.SendKeys(Keys.Enter);
        var refusal = browser.WaitFor(By.CssSelector("p.fel[role='alert']"));
        Assert.Equal("Högst 50 kommuner kan jämföras på en gång, och det blir 51. Ta bort några först.", refusal.Text);
        Assert.True(Driver.FindElement(By.XPath("//button[normalize-space()='Lägg till länet']")).Displayed);
        Assert.True(Driver.FindElement(By.CssSelector("table.jamforelse")).Displayed);
        browser.Screenshot("10-jamfor-for-manga");
    }

    [Fact]
    public void The_words_a_reader_meets_are_Swedish_and_right()
    {
        // Västerås's löfte: no source gives its years, so the page does not claim it is in force.
        browser.Open("/?vy=kommun&kod=1980");
        var section = browser.WaitFor(By.CssSelector("section.lofte"));
        Assert.Equal("Medborgarlöfte, period ej angiven", section.FindElement(By.TagName("h2")).Text);
        Assert.Equal("Status: okänt om det gäller (källan anger ingen period)", section.FindElement(By.CssSelector("p.status")).Text);
        Assert.DoesNotContain("Published", section.Text, StringComparison.Ordinal);

        // Themes by their Swedish names, in Swedish alphabetical order.
        browser.Open("/?vy=sok");
        browser.WaitFor(By.Id("sok-text"));
        var themes = Driver.FindElements(By.CssSelector("select[name='tema'] option")).Select(o => o.Text).ToList();
        Assert.Equal(["Alla teman", "Alkohol, tobak och langning", "Barn och unga", "Bedrägerier", "Inbrott och stöld", "Medborgardialog och information",
            "Narkotika", "Ordningsstörningar", "Organiserad och gängrelaterad brottslighet", "Polisiär närvaro och synlighet", "Samverkan och uppföljning",
            "Trafiksäkerhet", "Trygg offentlig miljö", "Våld"], themes);

        // The year field says what empty means; a single promise is "1 löfte".
        browser.Open("/?vy=jamfor&ar=2017&kommuner=2463");
        browser.WaitFor(By.CssSelector("table.jamforelse"));
        Assert.Equal("Tomt: de löften som gäller nu.", Driver.FindElement(By.Id("jamfor-ar-hjalp")).Text);
        Assert.Contains(Driver.FindElements(By.CssSelector("p.hjalp")), p => p.Text.StartsWith("Ett streck (–) betyder att inget löfte om temat har lästs in", StringComparison.Ordinal));
        Assert.Contains(Driver.FindElements(By.CssSelector("button.antal")), b => b.GetAttribute("aria-label")!.StartsWith("1 löfte om ", StringComparison.Ordinal));
        Assert.DoesNotContain(Driver.FindElements(By.CssSelector("button.antal")), b => b.GetAttribute("aria-label")!.StartsWith("1 löften", StringComparison.Ordinal));
        browser.WaitUntil(d => d.FindElement(By.Id("datamangd")).Text.Length > 0);
        Assert.StartsWith("Databasen innehåller", Driver.FindElement(By.Id("datamangd")).Text);
    }

    /// <summary>Every view, as a person opens it, with what it waits for.</summary>
    public static TheoryData<string, string> Views => new()
    {
        { "jamfor", "/?vy=jamfor&ar=2017&kommuner=2463,1980,2303&cell=2463:trafik" },
        { "jamfor-tom", "/?vy=jamfor" },
        { "kommun-asele", "/?vy=kommun&kod=2463" },
        { "kommun-vasteras", "/?vy=kommun&kod=1980" },
        { "kommun-val", "/?vy=kommun" },
        { "sok", "/?vy=sok&q=trafik" },
        { "tackning-2017", "/?vy=tackning&ar=2017" },
        { "tackning", "/?vy=tackning" },
        { "utforska", "/utforska.html" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_view_fits_a_phone_390_px_wide_without_sideways_scrolling(string name, string path)
    {
        browser.Open(path);
        WaitForView(path);
        browser.Screenshot($"skarm-{name}");
        Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        try
        {
            browser.Open(path);
            WaitForView(path);
            var width = (long)((IJavaScriptExecutor)Driver).ExecuteScript("return document.documentElement.scrollWidth;")!;
            // What sticks out, for the message: the widest elements past the screen's edge.
            var wide = ((IJavaScriptExecutor)Driver).ExecuteScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 390.5).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
            Assert.True(width <= 390, $"{path} is {width}px wide on a 390px screen: {wide}");
            browser.Screenshot($"mobil-{name}");
        }
        finally
        {
            Driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        }
    }

    private void WaitForView(string path)
    {
        if (path.StartsWith("/utforska", StringComparison.Ordinal))
        {
            browser.WaitFor(By.CssSelector("#schema h3"));
            return;
        }
        browser.WaitFor(By.CssSelector("main > .vy"), seconds: 30);
        browser.WaitUntil(d => d.FindElement(By.Id("datamangd")).Text.Length > 0);
    }

    private void ChooseLan(string code)
    {
        var option = browser.WaitFor(By.CssSelector($"form.val select option[value='{code}']"));
        option.Click();
    }

    private void AddKommun(string name)
    {
        var field = browser.WaitFor(By.CssSelector("form.val input[list]"));
        field.SendKeys(name);
        field.SendKeys(Keys.Enter);
        browser.WaitUntil(d => d.FindElements(By.CssSelector("ul.valda li")).Any(li => li.Text.Contains(name, StringComparison.Ordinal)));
    }
}
