using Microsoft.EntityFrameworkCore;
using OpenData.Core.Model;
using OpenData.Core.Storage.Configurations;

namespace OpenData.Core.Storage;

/// <summary>
/// The one schema of the service. The harvester writes it, the API reads it. Each database provider has a subclass
/// of its own (<see cref="Sqlite.SqliteOpenDataContext"/>, <see cref="Postgres.PostgresOpenDataContext"/>) that
/// carries that provider's migrations; everything else works with this type.
/// </summary>
public abstract class OpenDataContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Polisregion> Polisregioner => Set<Polisregion>();
    public DbSet<Lan> Lan => Set<Lan>();
    public DbSet<Kommun> Kommuner => Set<Kommun>();
    public DbSet<Lokalpolisomrade> Lokalpolisomraden => Set<Lokalpolisomrade>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<ArchivedBody> ArchivedBodies => Set<ArchivedBody>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Lofte> Loften => Set<Lofte>();
    public DbSet<Promise> Promises => Set<Promise>();
    public DbSet<Change> Changes => Set<Change>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<HarvestRun> HarvestRuns => Set<HarvestRun>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite keeps no kind, so reading one back must say so.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums as their names: a database that a person can read, and new members that never renumber.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenDataContext).Assembly);
}
