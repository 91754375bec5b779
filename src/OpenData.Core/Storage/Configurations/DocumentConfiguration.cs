using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.HasOne(x => x.Snapshot).WithMany().HasForeignKey(x => x.SnapshotId);
        // One reading per snapshot: re-reading replaces it rather than adding a second.
        b.HasIndex(x => x.SnapshotId).IsUnique();
        b.Property(x => x.Title).HasMaxLength(1024);
        b.Property(x => x.Url).HasMaxLength(2048);
        b.Property(x => x.ExtractorVersion).HasMaxLength(64);
        b.Property(x => x.Fingerprint).HasMaxLength(64);
        // Stored as their words ("few-promises,years-not-stated") so that a reason added later never renumbers the rest.
        b.Property(x => x.UncertainReasons).HasMaxLength(512).HasConversion(
            new ValueConverter<List<UncertaintyReason>, string>(
                reasons => string.Join(',', reasons.Select(r => r.Word())),
                words => words.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(UncertaintyReasonWords.Parse).ToList()),
            new ValueComparer<List<UncertaintyReason>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (h, r) => HashCode.Combine(h, r)),
                list => list.ToList()));
        b.Property(x => x.CorrectionReason).HasMaxLength(2048);
        b.Property(x => x.CorrectionReviewedBy).HasMaxLength(256);
        b.HasMany(x => x.People).WithOne().HasForeignKey(p => p.DocumentId);
    }
}

internal sealed class DocumentKommunConfiguration : IEntityTypeConfiguration<DocumentKommun>
{
    public void Configure(EntityTypeBuilder<DocumentKommun> b)
    {
        b.ToTable("DocumentKommuner");
        b.HasKey(x => new { x.DocumentId, x.KommunCode });
        b.HasOne<Document>().WithMany(d => d.Kommuner).HasForeignKey(x => x.DocumentId);
        b.HasOne(x => x.Kommun).WithMany().HasForeignKey(x => x.KommunCode);
        b.HasIndex(x => x.KommunCode);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(x => x.Name).HasMaxLength(256);
        b.Property(x => x.Role).HasMaxLength(256);
        b.Property(x => x.Organisation).HasMaxLength(32).HasConversion(new ValueConverter<Actor, string>(a => a.Word(), word => ActorWords.Parse(word)));
        b.HasIndex(x => x.Name);
    }
}
