using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenData.Core.Storage;
using OpenData.Core.Storage.Sqlite;
using OpenData.Harvester.Fetching;
using OpenData.Harvester.Harvesting;
using OpenData.Harvester.Sources;
using OpenData.Testing;
using OpenData.Testing.Web;

namespace OpenData.Harvester.Tests.Fixtures;

/// <summary>
/// A live harvest against the local site: a database of its own (a SQLite file, or a PostgreSQL database), a
/// virtual clock shared by harvester and site, and a new harvester host per run, as separate runs of the command
/// would be.
/// </summary>
public sealed class LiveHarvestHarness : IAsyncDisposable
{
    public const string Contact = "mailto:harvest-tests@example.org";

    /// <summary>A Monday morning; the clock only moves when the harvester waits.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new("harvest");

    private LiveHarvestHarness(LoopbackSite site, VirtualClock clock, DatabaseProvider provider)
    {
        Site = site;
        Clock = clock;
        Provider = provider;
    }

    public DatabaseProvider Provider { get; }

    public LoopbackSite Site { get; }

    public VirtualClock Clock { get; }

    public string ConnectionString { get; private set; } = "";

    public string DatabaseFile => Path.Combine(_folder.Path, "opendata.db");

    /// <summary>A migrated, seeded database made once per test run; each harness starts from a copy of it.</summary>
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>The same on PostgreSQL: a database each harness is created from (CREATE DATABASE ... TEMPLATE).</summary>
    private static readonly Lazy<Task<string>> PostgresTemplate = new(CreatePostgresTemplateAsync);

    public static async Task<LiveHarvestHarness> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var clock = new VirtualClock(Start);
        var site = await LoopbackSite.StartAsync(clock);
        // A site that allows everything, unless a test says otherwise.
        site.Serve("/robots.txt", Respond.Text("User-agent: *\nAllow: /\n"));
        site.Serve("localhost", "/robots.txt", Respond.Text("User-agent: *\nAllow: /\n"));
        var harness = new LiveHarvestHarness(site, clock, provider);
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresTestServer.InstanceAsync();
            harness.ConnectionString = await server.CreateDatabaseAsync(template: await PostgresTemplate.Value);
        }
        else
        {
            File.Copy(await Template.Value, harness.DatabaseFile);
            harness.ConnectionString = harness._folder.SqliteConnectionString();
        }
        return harness;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var server = await PostgresTestServer.InstanceAsync();
        var connectionString = await server.CreateDatabaseAsync();
        using (var host = HarvesterHost.Build(new GlobalOptions(RepositoryPaths.Data.Root, connectionString, Verbose: false, nameof(DatabaseProvider.Postgres))))
        {
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }
        // A template must have no one connected while databases are made from it.
        Npgsql.NpgsqlConnection.ClearAllPools();
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var folder = new TempFolder("harvest-template");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        var file = Path.Combine(folder.Path, "template.db");
        using (var host = HarvesterHost.Build(new GlobalOptions(RepositoryPaths.Data.Root, $"Data Source={file}", Verbose: false)))
        {
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<OpenDataContext>>().CreateDbContextAsync();
            // Everything into the main file, so that copying it alone copies the database.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return file;
    }

    /// <summary>The test options: polisen.se's rules applied to 127.0.0.1, a polite default elsewhere, small body limits.</summary>
    public static void TestOptions(HarvesterOptions o)
    {
        o.Contact = Contact;
        o.AllowPrivateAddresses = true;
        o.Hosts = new(StringComparer.OrdinalIgnoreCase)
        {
            ["127.0.0.1"] = new HostPolicy { MinDelay = TimeSpan.FromSeconds(10), PerHour = 60, PerDay = 1440 },
        };
        o.DefaultHost = new HostPolicy { MinDelay = TimeSpan.FromSeconds(5) };
        o.MaxBodyBytes = 1024 * 1024;
        o.MaxDecompressedBytes = 2 * 1024 * 1024;
    }

    public RegisteredSource Source(string key, string path, string kommun, string host = "127.0.0.1", string kind = SourceKinds.PolisenLoftePage) => new()
    {
        Key = key,
        Url = Site.Url(path, host).AbsoluteUri,
        Kind = kind,
        Kommuner = [kommun],
        Publisher = kind == SourceKinds.KommunPage ? "Håbo kommun" : "Polisen",
        CheckEvery = "P7D",
    };

    public static SourceRegistry Registry(params RegisteredSource[] sources) => new() { Sources = sources };

    /// <summary>One live run, as `harvest --live` does it, with the clock moved on whenever the harvester waits.</summary>
    public async Task<LiveHarvestReport> HarvestAsync(SourceRegistry registry, Action<HarvesterOptions>? configure = null,
        TimeSpan? maxDuration = null, int? maxRequests = null)
    {
        using var host = BuildHost(configure);
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var activity = host.Services.GetRequiredService<FetchActivity>();
        await using var pump = new ClockPump(Clock, () => activity.InFlight == 0);
        var run = host.Services.GetRequiredService<LiveHarvest>().RunAsync(registry, maxDuration, maxRequests, CancellationToken.None);
        return await run.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public IHost BuildHost(Action<HarvesterOptions>? configure = null, Action<IServiceCollection>? addServices = null) =>
        HarvesterHost.Build(new GlobalOptions(RepositoryPaths.Data.Root, ConnectionString, Verbose: false, Provider.ToString()), services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            addServices?.Invoke(services);
            services.Configure<HarvesterOptions>(o =>
            {
                TestOptions(o);
                configure?.Invoke(o);
            });
        });

    public OpenDataContext Database() => Provider == DatabaseProvider.Postgres
        ? new Core.Storage.Postgres.PostgresOpenDataContext(new DbContextOptionsBuilder<Core.Storage.Postgres.PostgresOpenDataContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteOpenDataContext(new DbContextOptionsBuilder<SqliteOpenDataContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Requests to one path, in order.</summary>
    public IReadOnlyList<SiteRequest> RequestsFor(string path, string host = "127.0.0.1") =>
        Site.Requests(host).Where(r => r.Path == path).ToList();

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        _folder.Dispose();
        if (Provider == DatabaseProvider.Postgres)
        {
            await (await PostgresTestServer.InstanceAsync()).DropDatabaseAsync(ConnectionString);
        }
    }
}
