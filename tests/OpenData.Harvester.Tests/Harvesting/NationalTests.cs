using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenData.Core.Reference;
using OpenData.Core.Storage;
using OpenData.Harvester.Discovery;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Harvesting;
using OpenData.Harvester.Sources;
using OpenData.Harvester.Tests.Fixtures;
using OpenData.Testing;
using OpenData.Testing.Web;

namespace OpenData.Harvester.Tests.Harvesting;

/// <summary>
/// The national run on a stand-in web (<see cref="StandInWeb"/>: polisen.se and the kommun sites under their real
/// names, on one loopback server), from the shipped registry, under polisen.se's real budget on the virtual clock:
/// a first harvest, discovery where nothing current was found, a harvest of what discovery added, then a run that
/// finds nothing due and a week later one that fetches only what fell due.
/// </summary>
public sealed class NationalTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(RepositoryPaths.Data);

    [Fact]
    public async Task From_the_registry_the_harvester_finds_and_reads_the_planted_loften_within_every_hosts_rules()
    {
        await using var h = await LiveHarvestHarness.StartAsync();
        using var folder = new TempFolder("national");
        await using var web = await StandInWeb.StartAsync(h.Clock, Reference, RepositoryPaths.Data.SourcesFile, folder.Path);
        var registry = SourceRegistry.Load(web.RegistryFile);

        await HarvestAsync(h, web, registry);
        var report = await DiscoverAsync(h, web, registry);
        registry = registry.WithDiscovered(report.Found);
        await HarvestAsync(h, web, registry);

        await using (var db = h.Database())
        {
            var read = (await db.Loften.Where(l => l.Promises.Any()).SelectMany(l => l.Kommuner.Select(k => k.KommunCode)).ToListAsync()).ToHashSet();
            var missed = web.Planted.Values.Where(p => !read.Contains(p.Kommun)).ToList();
            Assert.Equal(290, web.Planted.Count);
            Assert.True(missed.Count <= web.Planted.Count * 2 / 100,
                $"{missed.Count} of {web.Planted.Count} planted löften not read: {string.Join(", ", missed.Take(20).Select(m => $"{m.Kommun} {m.How} {m.At}"))}");
        }
        AssertPolite(web);

        // At once again: nothing is due.
        var before = web.Site.Log.Count;
        var again = await HarvestAsync(h, web, registry);
        Assert.Equal(0, again.Requests);
        Assert.Equal(before, web.Site.Log.Count);

        // A week on: only addresses checked weekly or more often fell due.
        h.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var weekAgo = h.Clock.GetUtcNow() - TimeSpan.FromDays(7);
        var weekly = await HarvestAsync(h, web, registry);
        var asked = web.Site.Log.Skip(before).Where(r => r.Path != "/robots.txt").Select(r => $"http://{r.Host}{r.Path}").ToHashSet();
        var notDue = registry.Sources.Where(s => s.CheckInterval > TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1)).Select(s => s.Url).ToHashSet();
        Assert.True(weekly.Requests > 0);
        Assert.DoesNotContain(asked, notDue.Contains);
        AssertPolite(web);
    }

    private static void AssertPolite(StandInWeb web)
    {
        var options = new HarvesterOptions();
        foreach (var host in web.Site.Log.GroupBy(r => r.Host))
        {
            var policy = options.PolicyFor(host.Key).Policy;
            var times = host.Select(r => r.At).Order().ToList();
            for (var i = 1; i < times.Count; i++)
            {
                Assert.True(times[i] - times[i - 1] >= policy.MinDelay, $"{host.Key}: {times[i] - times[i - 1]} between requests at {times[i]}");
                if (policy.PerHour is > 0 and var perHour && i >= perHour)
                {
                    Assert.True(times[i] - times[i - perHour] >= TimeSpan.FromHours(1), $"{host.Key}: more than {perHour} requests in the hour before {times[i]}");
                }
            }
        }
    }

    private static void Options(HarvesterOptions o)
    {
        o.Hosts["polisen.se"] = new HarvesterOptions().Hosts["polisen.se"];
        o.DefaultHost = new HarvesterOptions().DefaultHost;
        o.MaxDuration = TimeSpan.FromDays(2);
    }

    private static IHost Host(LiveHarvestHarness h, StandInWeb web) =>
        h.BuildHost(Options, services => services.AddSingleton(new HostAddressOverrides(web.Endpoints)));

    private static async Task<LiveHarvestReport> HarvestAsync(LiveHarvestHarness h, StandInWeb web, SourceRegistry registry)
    {
        using var host = Host(h, web);
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var activity = host.Services.GetRequiredService<FetchActivity>();
        await using var pump = new ClockPump(h.Clock, () => activity.InFlight == 0);
        return await host.Services.GetRequiredService<LiveHarvest>().RunAsync(registry, null, null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));
    }

    private static async Task<DiscoveryReport> DiscoverAsync(LiveHarvestHarness h, StandInWeb web, SourceRegistry registry)
    {
        using var host = Host(h, web);
        await host.Services.GetRequiredService<Storage.SourceRegistrySync>().SyncAsync(registry, CancellationToken.None);
        var activity = host.Services.GetRequiredService<FetchActivity>();
        await using var pump = new ClockPump(h.Clock, () => activity.InFlight == 0);
        return await host.Services.GetRequiredService<Discoverer>().RunAsync(registry, Reference, new DiscoverySettings
        {
            PolisenRoot = new Uri("http://polisen.se/"),
            GuessKommunHosts = false,
            ThisYear = 2026,
            MaxDuration = TimeSpan.FromDays(2),
        }, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));
    }
}
