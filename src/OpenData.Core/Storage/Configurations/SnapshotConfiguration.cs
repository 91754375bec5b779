using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
{
    public void Configure(EntityTypeBuilder<Snapshot> b)
    {
        b.ToTable("Snapshots");
        b.HasOne(x => x.Source).WithMany(s => s.Snapshots).HasForeignKey(x => x.SourceId);
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.Sha256);
        b.Property(x => x.Url).HasMaxLength(2048);
        b.Property(x => x.Host).HasMaxLength(256);
        b.Property(x => x.ContentType).HasMaxLength(256);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => new { x.SourceId, x.FetchedAt });
        // Per-host budgets (60 an hour, 1,440 a day) are counted from the fetches themselves.
        b.HasIndex(x => new { x.Host, x.FetchedAt });
        b.HasIndex(x => x.Sha256);
    }
}

internal sealed class ArchivedBodyConfiguration : IEntityTypeConfiguration<ArchivedBody>
{
    public void Configure(EntityTypeBuilder<ArchivedBody> b)
    {
        b.ToTable("ArchivedBodies");
        b.HasKey(x => x.Sha256);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }
}
