using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class LanConfiguration : IEntityTypeConfiguration<Lan>
{
    public void Configure(EntityTypeBuilder<Lan> b)
    {
        b.ToTable("Lan");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.ShortName).HasMaxLength(64);
        b.HasOne(x => x.Polisregion).WithMany(r => r.Lan).HasForeignKey(x => x.PolisregionName);
    }
}
