using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("FollowUps");
        b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Promise).WithMany(p => p.FollowUps).HasForeignKey(x => x.PromiseId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.Subject).HasMaxLength(512);
        b.Property(x => x.Text).HasMaxLength(4096);
        b.Property(x => x.Period).HasMaxLength(64);
        b.Property(x => x.CountUnit).HasMaxLength(256);
        b.HasIndex(x => new { x.DocumentId, x.Ordinal }).IsUnique();
        b.HasIndex(x => new { x.PromiseId, x.CoversUntil });
    }
}
