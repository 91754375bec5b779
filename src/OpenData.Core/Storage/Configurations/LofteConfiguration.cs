using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class LofteConfiguration : IEntityTypeConfiguration<Lofte>
{
    public void Configure(EntityTypeBuilder<Lofte> b)
    {
        b.ToTable("Loften");
        b.Property(x => x.Key).HasMaxLength(512);
        b.HasIndex(x => x.Key).IsUnique();
        b.Property(x => x.Area).HasMaxLength(128);
        b.HasOne(x => x.SupersededBy).WithMany().HasForeignKey(x => x.SupersededById);
        b.HasIndex(x => new { x.Status, x.LastYear });
    }
}

internal sealed class LofteKommunConfiguration : IEntityTypeConfiguration<LofteKommun>
{
    public void Configure(EntityTypeBuilder<LofteKommun> b)
    {
        b.ToTable("LofteKommuner");
        b.HasKey(x => new { x.LofteId, x.KommunCode });
        b.HasOne<Lofte>().WithMany(l => l.Kommuner).HasForeignKey(x => x.LofteId);
        b.HasOne(x => x.Kommun).WithMany().HasForeignKey(x => x.KommunCode);
        b.HasIndex(x => x.KommunCode);
    }
}

internal sealed class LofteYearConfiguration : IEntityTypeConfiguration<LofteYear>
{
    public void Configure(EntityTypeBuilder<LofteYear> b)
    {
        b.ToTable("LofteYears");
        b.HasKey(x => new { x.LofteId, x.Year });
        b.HasOne<Lofte>().WithMany(l => l.Years).HasForeignKey(x => x.LofteId);
        b.HasIndex(x => x.Year);
    }
}

internal sealed class LofteLokalpolisomradeConfiguration : IEntityTypeConfiguration<LofteLokalpolisomrade>
{
    public void Configure(EntityTypeBuilder<LofteLokalpolisomrade> b)
    {
        b.ToTable("LofteLokalpolisomraden");
        b.HasKey(x => new { x.LofteId, x.LokalpolisomradeId });
        b.HasOne<Lofte>().WithMany(l => l.Lokalpolisomraden).HasForeignKey(x => x.LofteId);
        b.HasOne(x => x.Lokalpolisomrade).WithMany().HasForeignKey(x => x.LokalpolisomradeId);
    }
}

internal sealed class LofteDocumentConfiguration : IEntityTypeConfiguration<LofteDocument>
{
    public void Configure(EntityTypeBuilder<LofteDocument> b)
    {
        b.ToTable("LofteDocuments");
        b.HasKey(x => new { x.LofteId, x.DocumentId });
        b.HasOne(x => x.Lofte).WithMany(l => l.Documents).HasForeignKey(x => x.LofteId);
        b.HasOne(x => x.Document).WithMany(d => d.Loften).HasForeignKey(x => x.DocumentId);
        b.HasIndex(x => x.DocumentId);
    }
}
