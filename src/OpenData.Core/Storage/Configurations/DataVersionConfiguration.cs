using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> b)
    {
        b.ToTable("DataVersion");
        b.Property(x => x.Id).ValueGeneratedNever();
        // The row exists from the first migration on, so that every save can update it without reading it first.
        b.HasData(new DataVersion { Id = DataVersion.RowId, Stamp = 0, ChangedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
