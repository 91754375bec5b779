using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Reference;
using OpenData.Harvester.Sources;
using OpenData.Testing;
using OpenData.Testing.Web;

using OpenData.Core.Text;

using OpenData.Harvester.Tests.Fixtures;

namespace OpenData.Harvester.Tests.Harvesting;

/// <summary>
/// The harvester as an operator runs it, a real process, killed with SIGKILL in the middle of a harvest and run
/// again: the database must be intact, hold nothing twice, and lose nothing.
/// </summary>
public class KillTests
{
    private const int Pages = 40;

    [Fact]
    public async Task A_harvest_killed_mid_run_finishes_on_the_rerun_with_the_database_intact()
    {
        using var folder = new TempFolder("kill");
        await using var site = await LoopbackSite.StartAsync(TimeProvider.System);
        site.Serve("/robots.txt", Respond.Text("User-agent: *\nAllow: /\n"));
        var kommuner = ReferenceData.Load(RepositoryPaths.Data).Kommuner.Take(Pages).ToList();
        var registry = new SourceRegistry
        {
            Sources = kommuner.Select(k =>
            {
                var path = $"/medborgarloften/{k.Code}/{Slug.For(k.Name)}/";
                site.Serve(path, Respond.Html(LoftePages.Polisen(k.Name, "2025–2026")));
                return new RegisteredSource
                {
                    Key = $"polisen/{k.Code}", Url = site.Url(path).AbsoluteUri, Kind = SourceKinds.PolisenLoftePage,
                    Kommuner = [k.Code], Publisher = "Polisen", CheckEvery = "P7D",
                };
            }).ToList(),
        };
        var sourcesFile = Path.Combine(folder.Path, "sources.json");
        registry.Save(sourcesFile);
        var database = Path.Combine(folder.Path, "opendata.db");

        // Fetching runs at most a small buffer ahead of storing, so by the 30th request some pages are stored and
        // some are not: the kill lands in the middle.
        var killed = await RunAsync(sourcesFile, database, site, killAtRequest: 30);
        var rerun = await RunAsync(sourcesFile, database, site, killAtRequest: null);

        Assert.True(killed.Killed, $"the first run was meant to be killed mid-run:\n{killed.Output}");
        Assert.True(rerun.ExitCode == 0, rerun.Output);
        Assert.Contains("0 still due for the next run", rerun.Output);
        var resumed = int.Parse(Regex.Match(rerun.Output, @"harvest \(live\): fetched (\d+)").Groups[1].Value);
        Assert.InRange(resumed, 1, Pages - 1);

        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }
        await using var db = new Core.Storage.Sqlite.SqliteOpenDataContext(new DbContextOptionsBuilder<Core.Storage.Sqlite.SqliteOpenDataContext>().UseSqlite($"Data Source={database}").Options);
        var pages = await db.Sources.Where(s => s.Kind == SourceKind.PolisenLoftePage).ToListAsync();
        Assert.Equal(Pages, pages.Count);
        // Nothing lost: every page answered, was stored and read once, and is not due again.
        foreach (var page in pages)
        {
            Assert.Equal(1, await db.Snapshots.CountAsync(s => s.SourceId == page.Id && s.HttpStatus == 200));
            Assert.Equal(1, await db.Documents.CountAsync(d => d.Snapshot!.SourceId == page.Id));
            Assert.True(page.NextDueAt > page.LastFetchedAt, page.Key);
        }
        // Nothing twice: one löfte per kommun, each promise once.
        Assert.Equal(Pages, await db.Loften.CountAsync());
        Assert.All(await db.Loften.Include(l => l.Promises).ToListAsync(), l =>
        {
            Assert.Equal(5, l.Promises.Count);
            Assert.Equal(l.Promises.Count, l.Promises.Select(p => p.Key).Distinct().Count());
        });
        // Every snapshot's body is there.
        Assert.Equal(0, await db.Snapshots.CountAsync(s => s.Sha256 != null && s.Body == null));
        Assert.All(site.Requests().Where(r => r.Path != "/robots.txt").GroupBy(r => r.Path), g => Assert.InRange(g.Count(), 1, 2));
        var runs = await db.HarvestRuns.Where(r => r.Mode == "live").OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([false, true], runs.Select(r => r.FinishedAt is not null));
    }

    private sealed record Outcome(bool Killed, int? ExitCode, string Output);

    private static async Task<Outcome> RunAsync(string sourcesFile, string database, LoopbackSite site, int? killAtRequest)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            HarvesterBuild.Dll, "harvest", "--live", "--no-progress",
            "--sources", sourcesFile, "--data", RepositoryPaths.Data.Root, "--database", $"Data Source={database}",
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Harvester__Contact"] = "mailto:harvest-tests@example.org";
        start.Environment["Harvester__AllowPrivateAddresses"] = "true";
        start.Environment["Harvester__DefaultHost__MinDelay"] = "00:00:00";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var killed = false;
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        if (killAtRequest is { } k)
        {
            var seen = site.Log.Count;
            var exited = process.WaitForExitAsync(limit.Token);
            var reached = site.WaitForRequestsAsync(seen + k, limit.Token);
            if (await Task.WhenAny(exited, reached) == reached)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no flush
                killed = true;
            }
        }
        await process.WaitForExitAsync(limit.Token);
        lock (output)
        {
            return new Outcome(killed, killed ? null : process.ExitCode, output.ToString());
        }
    }
}
