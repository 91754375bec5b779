using System.Globalization;
using OpenData.Harvester.Discovery;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Sources;
using OpenData.Testing;

/// <summary>
/// `bench/harvest/run --national`: what a national pass costs on polisen.se against its rules (10 s apart, 60 an hour,
/// 1,440 a day), worked out from the shipped registry and the harvester's own settings (check intervals, discovery's
/// per-kommun limits): requests, and the hours they take at the budget. Figures of the plan, not a measurement: the
/// loopback stand-in web that would measure them is not built yet.
/// </summary>
internal static class NationalPass
{
    public static int Run()
    {
        var registry = SourceRegistry.Load(RepositoryPaths.Data.SourcesFile);
        var options = new HarvesterOptions();
        var (_, polisen, _) = options.PolicyFor("polisen.se");
        var discovery = new DiscoverySettings();
        var onPolisen = registry.Sources.Where(s => s.Address is { } a && SourceHosts.IsPolisen(a.Host)).ToList();
        var kommunHosts = registry.Sources.Where(s => s.Address is { } a && !SourceHosts.IsPolisen(a.Host))
            .GroupBy(s => s.Address!.Host).ToList();
        var kommuner = registry.Sources.SelectMany(s => s.Kommuner).Distinct().Count();

        double Hours(double requests) => Math.Max(requests / polisen.PerHour, requests * polisen.MinDelay.TotalSeconds / 3600);
        string Line(string what, double requests) => string.Create(CultureInfo.InvariantCulture,
            $"  {what,-58} {requests,6:0} requests  {Hours(requests),6:0.0} h  {requests / polisen.PerDay,5:0.00} of a day's {polisen.PerDay}");

        var first = onPolisen.Count + 1;
        var weekly = onPolisen.Sum(s => TimeSpan.FromDays(7) / s.CheckInterval!.Value);
        var discoverWorst = kommuner * discovery.ProbesPerKommun;
        Console.WriteLine($"bench/harvest --national: {registry.Sources.Count} registered addresses for {kommuner} kommuner, {onPolisen.Count} on polisen.se, " +
            $"{kommunHosts.Count} kommun hosts; polisen.se at most {polisen.PerHour} an hour, {polisen.PerDay} a day, {polisen.MinDelay.TotalSeconds:0} s apart");
        Console.WriteLine(Line("first harvest of every registered polisen.se address", first));
        Console.WriteLine(Line($"first discovery, every kommun ({discovery.ProbesPerKommun} addresses each, at most)", discoverWorst));
        Console.WriteLine(Line("weekly refresh (each address at its check interval)", weekly));
        var busiest = kommunHosts.Max(g => g.Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  kommun hosts: at most {busiest + 1} requests to one host in a first harvest ({(busiest + 1) * options.DefaultHost.MinDelay.TotalMinutes:0.0} min at {options.DefaultHost.MinDelay.TotalSeconds:0} s apart), " +
            $"discovery at most {discovery.RequestsPerHost} per host"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ratio of the weekly refresh to polisen.se's weekly budget: {weekly / (polisen.PerDay * 7):0.000}"));
        return 0;
    }
}
