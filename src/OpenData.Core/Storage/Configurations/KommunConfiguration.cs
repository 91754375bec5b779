using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class KommunConfiguration : IEntityTypeConfiguration<Kommun>
{
    public void Configure(EntityTypeBuilder<Kommun> b)
    {
        b.ToTable("Kommuner");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(4);
        b.Property(x => x.Name).HasMaxLength(64);
        b.HasOne(x => x.Lan).WithMany(l => l.Kommuner).HasForeignKey(x => x.LanCode);
        b.HasIndex(x => x.Name);
    }
}
