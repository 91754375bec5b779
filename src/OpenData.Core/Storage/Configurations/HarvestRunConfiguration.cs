using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class HarvestRunConfiguration : IEntityTypeConfiguration<HarvestRun>
{
    public void Configure(EntityTypeBuilder<HarvestRun> b)
    {
        b.ToTable("HarvestRuns");
        b.Property(x => x.Mode).HasMaxLength(16);
        b.HasIndex(x => x.StartedAt);
    }
}
