using OpenData.Core.Text;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using OpenData.Core.Reference;
using OpenData.Harvester.Sources;
using OpenData.Testing;
using OpenData.Testing.Web;

// bench/harvest: a live harvest of generated polisen.se-style löfte pages (290 kommuner × successive periods)
// served from a loopback Kestrel site, by the real harvester process with every politeness delay set to zero.
// Prints pages per second and the harvester's peak resident memory.
// With --national: a national pass measured on the loopback stand-in web under the real budgets (NationalPass).
if (args is ["--national"])
{
    return await NationalPass.RunAsync();
}
var pages = args.Length == 2 && args[0] == "--pages" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;

using var folder = new TempFolder("bench-harvest");
await using var site = await LoopbackSite.StartAsync(TimeProvider.System);
site.Serve("/robots.txt", Respond.Text("User-agent: *\nAllow: /\n"));
var kommuner = ReferenceData.Load(RepositoryPaths.Data).Kommuner;
var sources = new List<RegisteredSource>();
long bytes = 0;
for (var i = 0; i < pages; i++)
{
    var kommun = kommuner[i % kommuner.Count];
    var first = 2000 + 2 * (i / kommuner.Count);
    var path = $"/medborgarloften/{kommun.Code}/{Slug.For(kommun.Name)}/{first}/";
    var html = Encoding.UTF8.GetBytes(Page(kommun.Name, first, i));
    bytes += html.Length;
    site.Serve(path, Respond.Page(html, Respond.HtmlUtf8, etag: $"\"{i}\""));
    sources.Add(new RegisteredSource
    {
        Key = $"bench/{i}", Url = site.Url(path).AbsoluteUri, Kind = SourceKinds.PolisenLoftePage,
        Kommuner = [kommun.Code], Publisher = "Polisen", CheckEvery = "P7D",
    });
}
var registryFile = Path.Combine(folder.Path, "sources.json");
new SourceRegistry { Sources = sources }.Save(registryFile);
var database = Path.Combine(folder.Path, "bench.db");

var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var argument in new[] { HarvesterDll(), "harvest", "--live", "--no-progress", "--sources", registryFile,
    "--data", RepositoryPaths.Data.Root, "--database", $"Data Source={database}" })
{
    start.ArgumentList.Add(argument);
}
start.Environment["Harvester__Contact"] = "mailto:bench@example.org";
start.Environment["Harvester__AllowPrivateAddresses"] = "true";
start.Environment["Harvester__DefaultHost__MinDelay"] = "00:00:00";
start.Environment["Harvester__MaxDuration"] = "02:00:00";
start.Environment["Logging__LogLevel__Default"] = "Warning";

Console.WriteLine($"bench/harvest: {pages} generated löfte pages ({bytes / 1024.0 / 1024.0:0.0} MB of HTML) on {site.Url("/")}, politeness zero");
var clock = Stopwatch.StartNew();
using var process = Process.Start(start)!;
var output = process.StandardOutput.ReadToEndAsync();
var errors = process.StandardError.ReadToEndAsync();
long peakKb = 0;
while (!process.HasExited)
{
    peakKb = Math.Max(peakKb, PeakResidentKb(process.Id));
    await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(50));
}
await process.WaitForExitAsync();
var wall = clock.Elapsed;
if (process.ExitCode != 0)
{
    Console.Error.WriteLine(await errors);
    throw new InvalidOperationException($"the harvester exited with {process.ExitCode}");
}

var served = site.Requests().Where(r => r.Path != "/robots.txt").ToList();
var window = served.Max(r => r.At) - served.Min(r => r.At);
Console.WriteLine((await output).TrimEnd());
Console.WriteLine($"pages fetched and stored: {served.Count} in {window.TotalSeconds:0.0} s from first to last request " +
    $"= {served.Count / window.TotalSeconds:0.0} pages/s ({wall.TotalSeconds:0.0} s for the whole process, start-up and migrations included: " +
    $"{served.Count / wall.TotalSeconds:0.0} pages/s)");
Console.WriteLine($"peak memory (VmHWM of the harvester process): {peakKb / 1024.0:0} MB");
Console.WriteLine($"database: {new FileInfo(database).Length / 1024.0 / 1024.0:0.0} MB");
return 0;

static string HarvesterDll()
{
    var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
    var dll = Path.Combine(RepositoryPaths.Root, "src", "OpenData.Harvester", "bin", output.Parent!.Name, output.Name, "OpenData.Harvester.dll");
    return File.Exists(dll) ? dll : throw new FileNotFoundException("build the harvester first", dll);
}

static long PeakResidentKb(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return 0; // exited between the check and the read
    }
}

static string Page(string kommun, int first, int seed)
{
    string[] polisen =
    [
        "genomföra minst {0} riktade trafikinsatser under året vid skolorna",
        "vara synliga i centrum på fredagskvällar under sommaren",
        "besöka föreningar och berätta om hur man anmäler brott",
        "genomföra {0} insatser mot narkotikahandel i bostadsområdena",
        "delta i trygghetsvandringar tillsammans med kommunen",
    ];
    string[] kommunen =
    [
        "förbättra belysningen vid pendeltågsstationen",
        "anordna trygghetsvandringar {0} gånger per år",
        "erbjuda fritidsaktiviteter för unga på helger",
        "utbilda personal i skolan om våld i nära relationer",
    ];
    var html = new StringBuilder();
    html.Append(CultureInfo.InvariantCulture, $"""
        <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(kommun)} – medborgarlöften | Polismyndigheten</title></head>
        <body><header><nav>Sök Stäng Meny</nav></header><main><div class="editorial-content">
        <h1>{WebUtility.HtmlEncode(kommun)} – medborgarlöften</h1>
        <p class="preamble">Polisen och {WebUtility.HtmlEncode(kommun)} kommun har tecknat medborgarlöften för {first}–{first + 1}.</p>
        <div class="text-body editorial-html"><h2>Polisen lovar att:</h2><ul>
        """);
    for (var j = 0; j < 2 + seed % 4; j++)
    {
        html.Append("<li>").Append(string.Format(CultureInfo.InvariantCulture, polisen[(seed + j) % polisen.Length], 2 + (seed + j) % 9)).Append(".</li>\n");
    }
    html.Append("</ul><h2>Kommunen lovar att:</h2><ul>\n");
    for (var j = 0; j < 1 + seed % 3; j++)
    {
        html.Append("<li>").Append(string.Format(CultureInfo.InvariantCulture, kommunen[(seed + j) % kommunen.Length], 2 + j)).Append(".</li>\n");
    }
    html.Append("</ul></div></div></main><footer>Till toppen</footer></body></html>\n");
    return html.ToString();
}
