using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class PolisregionConfiguration : IEntityTypeConfiguration<Polisregion>
{
    public void Configure(EntityTypeBuilder<Polisregion> b)
    {
        b.ToTable("Polisregioner");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(64);
    }
}
