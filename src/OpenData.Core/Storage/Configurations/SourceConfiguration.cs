using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ToTable("Sources");
        b.Property(x => x.Key).HasMaxLength(256);
        b.HasIndex(x => x.Key).IsUnique();
        b.Property(x => x.Url).HasMaxLength(2048);
        b.HasIndex(x => x.Url);
        b.Property(x => x.Host).HasMaxLength(256);
        b.Property(x => x.Publisher).HasMaxLength(256);
        b.Property(x => x.Basis).HasMaxLength(32);
        b.Property(x => x.FoundBy).HasMaxLength(64);
        b.Property(x => x.SeenYears).HasMaxLength(256);
        b.Property(x => x.Area).HasMaxLength(128);
        b.HasIndex(x => new { x.Status, x.NextDueAt });
        b.HasOne(x => x.LinkedFrom).WithMany().HasForeignKey(x => x.LinkedFromId);
    }
}

internal sealed class SourceKommunConfiguration : IEntityTypeConfiguration<SourceKommun>
{
    public void Configure(EntityTypeBuilder<SourceKommun> b)
    {
        b.ToTable("SourceKommuner");
        b.HasKey(x => new { x.SourceId, x.KommunCode });
        b.HasOne<Source>().WithMany(s => s.Kommuner).HasForeignKey(x => x.SourceId);
        b.HasOne(x => x.Kommun).WithMany().HasForeignKey(x => x.KommunCode);
        b.HasIndex(x => x.KommunCode);
    }
}
