using OpenData.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>
/// The page as a person sees it: the API on real Kestrel, and Debian's Chromium driven headless through
/// chromedriver (never a downloaded browser). Screenshots of each step go to artifacts/screenshots/.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    public BrowserSession()
        : this(new ApiServer())
    {
    }

    /// <summary>The page over another server's data (xunit builds fixtures through their one public constructor).</summary>
    protected BrowserSession(ApiServer api) => Api = api;

    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    private readonly TempFolder _profile = new("chromium");

    public ApiServer Api { get; }

    public ChromeDriver Driver { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
        {
            throw new InvalidOperationException(
                $"The page tests need Debian's chromium and chromium-driver ({Chromium}, {ChromeDriver}): `apt-get install chromium chromium-driver` (.ci/run does).");
        }
        await Api.InitializeAsync();
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic", "--window-size=1280,1000", "--lang=sv-SE",
            $"--user-data-dir={_profile.Path}");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Directory.CreateDirectory(Screenshots);
    }

    public void Open(string pathAndQuery) => Driver.Navigate().GoToUrl(new Uri(Api.Client.BaseAddress!, pathAndQuery));

    /// <summary>Waits for an element the page renders after its GraphQL answers arrive.</summary>
    public IWebElement WaitFor(By by, int seconds = 15) => Wait(seconds).Until(d => d.FindElements(by).FirstOrDefault(e => e.Displayed));

    public void WaitUntil(Func<IWebDriver, bool> condition, int seconds = 15) => Wait(seconds).Until(condition);

    /// <summary>A wait that looks again when the page re-renders under it (each view is rebuilt on navigation).</summary>
    private WebDriverWait Wait(int seconds)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        return wait;
    }

    /// <summary>The whole page, not only the window: the window grows to the page's height for the picture.</summary>
    public void Screenshot(string name)
    {
        var window = Driver.Manage().Window;
        var size = window.Size;
        var height = Convert.ToInt32(((IJavaScriptExecutor)Driver).ExecuteScript("return document.documentElement.scrollHeight;"));
        window.Size = new System.Drawing.Size(size.Width, Math.Clamp(height + 120, size.Height, 8000));
        try
        {
            Driver.GetScreenshot().SaveAsFile(Path.Combine(Screenshots, name + ".png"));
        }
        finally
        {
            window.Size = size;
        }
    }

    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        await Api.DisposeAsync();
        _profile.Dispose();
    }
}
