using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenData.Core.Model;

namespace OpenData.Core.Storage.Configurations;

internal sealed class PromiseConfiguration : IEntityTypeConfiguration<Promise>
{
    public void Configure(EntityTypeBuilder<Promise> b)
    {
        b.ToTable("Promises");
        b.Property(x => x.Key).HasMaxLength(32);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasOne(x => x.Lofte).WithMany(l => l.Promises).HasForeignKey(x => x.LofteId);
        b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId);
        b.HasIndex(x => new { x.LofteId, x.Ordinal });
        b.HasIndex(x => x.DocumentId);
    }
}

internal sealed class PromiseActorConfiguration : IEntityTypeConfiguration<PromiseActor>
{
    public void Configure(EntityTypeBuilder<PromiseActor> b)
    {
        b.ToTable("PromiseActors");
        b.HasKey(x => new { x.PromiseId, x.Actor });
        b.HasOne<Promise>().WithMany(p => p.Actors).HasForeignKey(x => x.PromiseId);
        b.HasIndex(x => x.Actor);
    }
}

internal sealed class PromiseThemeConfiguration : IEntityTypeConfiguration<PromiseTheme>
{
    public void Configure(EntityTypeBuilder<PromiseTheme> b)
    {
        b.ToTable("PromiseThemes");
        b.HasKey(x => new { x.PromiseId, x.ThemeCode });
        b.HasOne<Promise>().WithMany(p => p.Themes).HasForeignKey(x => x.PromiseId);
        b.HasOne(x => x.Theme).WithMany().HasForeignKey(x => x.ThemeCode);
        b.Property(x => x.TaxonomyVersion).HasMaxLength(32);
        b.HasIndex(x => x.ThemeCode);
    }
}

internal sealed class PromiseTargetConfiguration : IEntityTypeConfiguration<PromiseTarget>
{
    public void Configure(EntityTypeBuilder<PromiseTarget> b)
    {
        b.ToTable("PromiseTargets");
        b.HasOne<Promise>().WithMany(p => p.Targets).HasForeignKey(x => x.PromiseId);
        b.Property(x => x.Per).HasMaxLength(16).HasConversion(new ValueConverter<TargetPeriod, string>(p => p.Word(), word => TargetPeriodWords.Parse(word)));
        b.Property(x => x.Unit).HasMaxLength(256);
    }
}
