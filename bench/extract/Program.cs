using System.Diagnostics;
using AngleSharp.Html.Parser;
using OpenData.Bench.Extract;
using OpenData.Core;
using OpenData.Ingest.Reading;

// bench/extract: documents per second through the whole reading (bytes → the contract's reading), peak memory,
// and the ratio to AngleSharp parsing the same HTML alone, which no reading of HTML can beat.
var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 2000;
var data = DataDirectory.Locate();
var corpus = PageCorpus.Build(data, count, seed: 20240601);
var extractor = Extractor.Create(data);
var parser = new HtmlParser();

var megabytes = corpus.Pages.Sum(p => p.Body.Length) / 1024.0 / 1024.0;
Console.WriteLine($"corpus              {count} generated HTML pages, {megabytes:F1} MB ({megabytes * 1024 / count:F1} kB a page)");

// Warm up both paths (JIT, regex construction), then measure them in alternating rounds, so that a busy machine
// slows both alike, and keep each one's best round.
Run(corpus.Pages.Take(50), p => parser.ParseDocument(p.Html).Dispose());
Run(corpus.Pages.Take(50), p => extractor.Extract(p.Body, p.ContentType, null));

var floor = TimeSpan.MaxValue;
var full = TimeSpan.MaxValue;
var promises = 0;
for (var round = 0; round < 5; round++)
{
    GC.Collect();
    floor = Min(floor, Run(corpus.Pages, p => parser.ParseDocument(p.Html).Dispose()));
    GC.Collect();
    promises = 0;
    full = Min(full, Run(corpus.Pages, p => promises += extractor.Extract(p.Body, p.ContentType, null).Promises.Count));
}

Console.WriteLine($"anglesharp parse    {count / floor.TotalSeconds,8:F0} documents/s  ({floor.TotalMilliseconds / count:F2} ms each)");
Console.WriteLine($"extract (full)      {count / full.TotalSeconds,8:F0} documents/s  ({full.TotalMilliseconds / count:F2} ms each)");
Console.WriteLine($"ratio to the floor  {full / floor:F2}× the time of parsing alone");
Console.WriteLine($"promises read       {promises} ({(double)promises / count:F1} a page)");
using var self = Process.GetCurrentProcess();
Console.WriteLine($"peak working set    {self.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB (corpus held in memory included)");
Console.WriteLine($"allocated           {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0 / 1024.0:F2} GB in all, gen2 collections {GC.CollectionCount(2)}");

static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

static TimeSpan Run(IEnumerable<(byte[] Body, string ContentType, string Html)> pages, Action<(byte[] Body, string ContentType, string Html)> read)
{
    var watch = Stopwatch.StartNew();
    foreach (var page in pages)
    {
        read(page);
    }
    return watch.Elapsed;
}
