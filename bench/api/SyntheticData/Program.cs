using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Core.Storage;
using OpenData.SyntheticData;

// Usage: dotnet run -- --database FILE|CONNECTIONSTRING [--provider Sqlite|Postgres] [--loften 700] [--seed 42] [--data DIR]
// Adds synthetic löften to the database (created and migrated if new), through the same context the services use.
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}
if (!options.TryGetValue("database", out var database))
{
    Console.Error.WriteLine("usage: SyntheticData --database FILE|CONNECTIONSTRING [--provider Sqlite|Postgres] [--loften 700] [--seed 42] [--data DIR]");
    return 2;
}
var loften = int.Parse(options.GetValueOrDefault("loften", "700"), CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("seed", "42"), CultureInfo.InvariantCulture);

var provider = options.GetValueOrDefault("provider", nameof(DatabaseProvider.Sqlite));
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    [StorageSettings.ProviderKey] = provider,
    ["ConnectionStrings:OpenData"] = provider.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase)
        ? database
        : $"Data Source={Path.GetFullPath(database)}",
    ["OpenData:DataDirectory"] = options.GetValueOrDefault("data"),
}).Build();
await using var services = new ServiceCollection().AddLogging().AddOpenDataStorage(configuration).BuildServiceProvider();
await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

var clock = Stopwatch.StartNew();
var written = await new SyntheticLoften(services.GetRequiredService<IDbContextFactory<OpenDataContext>>(), new Random(seed)).WriteAsync(loften);
await using (var db = await services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync())
{
    var (allLoften, allPromises, allDocuments, allChanges) =
        (await db.Loften.CountAsync(), await db.Promises.CountAsync(), await db.Documents.CountAsync(), await db.Changes.CountAsync());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wrote {written.Loften} löften, {written.Promises} promises, {written.Documents} documents in {clock.Elapsed.TotalSeconds:0.0} s; " +
        $"the database now holds {allLoften} löften, {allPromises} promises, {allDocuments} documents, {allChanges} changes"));
}
return 0;
