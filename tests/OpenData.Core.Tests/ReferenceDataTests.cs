using OpenData.Core.Reference;
using OpenData.Testing;

namespace OpenData.Core.Tests;

public class ReferenceDataTests
{
    private readonly ReferenceData _reference = ReferenceData.Load(RepositoryPaths.Data);

    [Fact]
    public void Holds_all_290_kommuner_21_lan_and_7_polisregioner()
    {
        Assert.Equal(290, _reference.Kommuner.Count);
        Assert.Equal(21, _reference.Lan.Count);
        Assert.Equal(7, _reference.Lan.Select(l => l.Polisregion).Distinct().Count());
    }

    [Fact]
    public void Keeps_leading_zeros_and_short_names()
    {
        var stockholm = Assert.Single(_reference.Kommuner, k => k.Code == "0180");
        Assert.Equal("Stockholm", stockholm.Name);
        Assert.Equal("01", stockholm.LanCode);
        Assert.Equal("Kalmar", Assert.Single(_reference.Kommuner, k => k.Code == "0880").Name);
    }

    [Fact]
    public void Pairs_lokalpolisomraden_with_kommuner_as_published()
    {
        var vastraMalardalen = _reference.Lokalpolisomraden.Where(l => l.Name == "Västra Mälardalen").Select(l => l.KommunCode).Order();
        Assert.Equal(["1960", "1961", "1983", "1984"], vastraMalardalen);
    }
}
