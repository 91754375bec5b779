using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenData.Core.Reference;
using OpenData.Core.Storage;
using OpenData.Harvester;
using OpenData.Harvester.Discovery;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Harvesting;
using OpenData.Harvester.Sources;
using OpenData.Testing;
using OpenData.Testing.Web;

/// <summary>
/// `bench/harvest/run --national`: what a national pass costs, measured on the stand-in web (<see cref="StandInWeb"/>:
/// polisen.se and the kommun sites under their names on one loopback server, one löfte planted per kommun) with
/// the harvester's real rules on a virtual clock: requests as the sites logged them and the virtual hours each phase
/// took, for a first harvest from the shipped registry, a first discovery of the 290 kommuner, the harvest of what
/// discovery added, and a weekly refresh; polisen.se's share against its 60 an hour and 1,440 a day.
/// </summary>
internal static class NationalPass
{
    public static async Task<int> RunAsync()
    {
        var reference = ReferenceData.Load(RepositoryPaths.Data);
        using var folder = new TempFolder("bench-national");
        var clock = new VirtualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var web = await StandInWeb.StartAsync(clock, reference, RepositoryPaths.Data.SourcesFile, folder.Path);
        var registry = SourceRegistry.Load(web.RegistryFile);
        var connection = $"Data Source={Path.Combine(folder.Path, "national.db")}";
        var polisen = new HarvesterOptions().Hosts["polisen.se"];
        Console.WriteLine($"bench/harvest --national: stand-in web of {web.Hosts.Count} hosts ({web.Planted.Count} kommuner with a löfte planted), " +
            $"registry of {registry.Sources.Count} addresses; polisen.se at most {polisen.PerHour} an hour, {polisen.PerDay} a day, {polisen.MinDelay.TotalSeconds:0} s apart");

        IHost Host() => HarvesterHost.Build(new GlobalOptions(RepositoryPaths.Data.Root, connection, Verbose: false), services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton(new HostAddressOverrides(web.Endpoints));
            services.Configure<HarvesterOptions>(o =>
            {
                o.Contact = "mailto:bench@example.org";
                o.AllowPrivateAddresses = true;
                o.MaxDuration = TimeSpan.FromDays(2);
            });
        });

        async Task<T> Phase<T>(string what, Func<IHost, Task<T>> run)
        {
            using var host = Host();
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            var activity = host.Services.GetRequiredService<FetchActivity>();
            var logged = web.Site.Log.Count;
            var started = clock.GetUtcNow();
            using var stop = new CancellationTokenSource();
            var pump = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    if (!clock.AdvanceToNextTimer(() => activity.InFlight == 0))
                    {
                        try { await clock.WaitForTimerChangeAsync(TimeSpan.FromMilliseconds(2), stop.Token); }
                        catch (OperationCanceledException) { return; }
                    }
                }
            });
            var result = await run(host);
            await stop.CancelAsync();
            await pump;
            var requests = web.Site.Log.Skip(logged).ToList();
            var onPolisen = requests.Count(r => r.Host == StandInWeb.Polisen);
            var hours = (clock.GetUtcNow() - started).TotalHours;
            var busiestHour = requests.Where(r => r.Host == StandInWeb.Polisen)
                .Select(r => requests.Count(o => o.Host == StandInWeb.Polisen && o.At >= r.At && o.At < r.At.AddHours(1))).DefaultIfEmpty(0).Max();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {what,-44} {requests.Count,5} requests ({onPolisen,4} to polisen.se, {requests.Count - onPolisen,4} to {requests.Select(r => r.Host).Distinct().Count(h => h != StandInWeb.Polisen),3} other hosts)  " +
                $"{hours,6:0.00} virtual h  polisen.se: busiest hour {busiestHour}/{polisen.PerHour}, {onPolisen / (double)polisen.PerDay:0.00} of a day's {polisen.PerDay}"));
            return result;
        }

        await Phase("first harvest of the registry", h => h.Services.GetRequiredService<LiveHarvest>().RunAsync(registry, null, null, CancellationToken.None));
        var found = await Phase("first discovery, all 290 kommuner", async h =>
        {
            await h.Services.GetRequiredService<OpenData.Harvester.Storage.SourceRegistrySync>().SyncAsync(registry, CancellationToken.None);
            return await h.Services.GetRequiredService<Discoverer>().RunAsync(registry, reference, new DiscoverySettings
            {
                PolisenRoot = new Uri("http://polisen.se/"), GuessKommunHosts = false, ThisYear = 2026, MaxDuration = TimeSpan.FromDays(2),
            }, CancellationToken.None);
        });
        registry = registry.WithDiscovered(found.Found);
        await Phase($"harvest of the {found.Found.Count} addresses discovery added", h => h.Services.GetRequiredService<LiveHarvest>().RunAsync(registry, null, null, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(7));
        await Phase("weekly refresh, 7 days on", h => h.Services.GetRequiredService<LiveHarvest>().RunAsync(registry, null, null, CancellationToken.None));

        using (var host = Host())
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
            var read = (await db.Loften.Where(l => l.Promises.Any()).SelectMany(l => l.Kommuner.Select(k => k.KommunCode)).ToListAsync()).ToHashSet();
            var hit = web.Planted.Keys.Count(read.Contains);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  planted löften found and read: {hit} of {web.Planted.Count} = {hit / (double)web.Planted.Count:P1} (floor 98 %)"));
        }
        return 0;
    }
}
