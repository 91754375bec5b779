namespace OpenData.Core.Model;

/// <summary>One pairing of a lokalpolisområde with a kommun, with how sure it is and when it was seen.</summary>
public sealed class LokalpolisomradeKommun
{
    public int LokalpolisomradeId { get; set; }

    public Lokalpolisomrade? Lokalpolisomrade { get; set; }

    public required string KommunCode { get; set; }

    public Kommun? Kommun { get; set; }

    /// <summary>explicit, name-only or inferred, as in the reference data.</summary>
    public required string Confidence { get; set; }

    /// <summary>When the pairing was seen, as written ("2023", "2016-2020", "~2024"): free text on purpose.</summary>
    public string? SeenYear { get; set; }
}
