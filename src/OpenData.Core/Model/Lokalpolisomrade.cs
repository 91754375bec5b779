namespace OpenData.Core.Model;

/// <summary>
/// A lokalpolisområde as published löften name it ("Västra Mälardalen", "Jämtland/Härjedalen"). Names and
/// boundaries change over the years, so the kommuner it covers carry the year each pairing was seen.
/// </summary>
public sealed class Lokalpolisomrade
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? LanCode { get; set; }

    public List<LokalpolisomradeKommun> Kommuner { get; } = [];
}
