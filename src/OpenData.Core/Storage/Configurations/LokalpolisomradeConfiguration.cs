using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class LokalpolisomradeConfiguration : IEntityTypeConfiguration<Lokalpolisomrade>
{
    public void Configure(EntityTypeBuilder<Lokalpolisomrade> b)
    {
        b.ToTable("Lokalpolisomraden");
        b.Property(x => x.Name).HasMaxLength(128);
        b.HasIndex(x => x.Name).IsUnique();
        b.HasOne<Lan>().WithMany().HasForeignKey(x => x.LanCode);
    }
}

internal sealed class LokalpolisomradeKommunConfiguration : IEntityTypeConfiguration<LokalpolisomradeKommun>
{
    public void Configure(EntityTypeBuilder<LokalpolisomradeKommun> b)
    {
        b.ToTable("LokalpolisomradeKommuner");
        b.HasKey(x => new { x.LokalpolisomradeId, x.KommunCode });
        b.HasOne(x => x.Lokalpolisomrade).WithMany(l => l.Kommuner).HasForeignKey(x => x.LokalpolisomradeId);
        b.HasOne(x => x.Kommun).WithMany(k => k.Lokalpolisomraden).HasForeignKey(x => x.KommunCode);
        b.HasIndex(x => x.KommunCode);
        b.Property(x => x.Confidence).HasMaxLength(128);
        b.Property(x => x.SeenYear).HasMaxLength(64);
    }
}
