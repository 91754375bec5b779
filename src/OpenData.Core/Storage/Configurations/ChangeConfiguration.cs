using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> b)
    {
        b.ToTable("Changes");
        b.HasOne(x => x.Lofte).WithMany().HasForeignKey(x => x.LofteId);
        b.HasOne(x => x.Promise).WithMany().HasForeignKey(x => x.PromiseId);
        b.HasOne<Snapshot>().WithMany().HasForeignKey(x => x.FromSnapshotId);
        b.HasOne<Snapshot>().WithMany().HasForeignKey(x => x.ToSnapshotId);
        // The change feed pages by time, then id.
        b.HasIndex(x => new { x.At, x.Id });
    }
}
