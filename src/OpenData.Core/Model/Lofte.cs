namespace OpenData.Core.Model;

/// <summary>
/// One agreement between Polisen and one or more kommuner for a period. Keyed on its kommuner, area and period,
/// never on an address: polisen.se reuses one address for successive years and moves löften between addresses.
/// </summary>
public sealed class Lofte
{
    public int Id { get; set; }

    /// <summary>"2463/2017", "1415+1419+1421/2023-2024", "0180:kungsholmen/2019", "1980/?" (period unknown).</summary>
    public required string Key { get; set; }

    /// <summary>The part of a kommun a löfte is for ("Kungsholmen"), where a kommun has several.</summary>
    public string? Area { get; set; }

    public int? FirstYear { get; set; }

    public int? LastYear { get; set; }

    public LofteStatus Status { get; set; } = LofteStatus.Current;

    public int? SupersededById { get; set; }

    public Lofte? SupersededBy { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public List<LofteKommun> Kommuner { get; } = [];

    public List<LofteYear> Years { get; } = [];

    public List<LofteLokalpolisomrade> Lokalpolisomraden { get; } = [];

    public List<LofteDocument> Documents { get; } = [];

    public List<Promise> Promises { get; } = [];
}

public sealed class LofteKommun
{
    public int LofteId { get; set; }

    public required string KommunCode { get; set; }

    public Kommun? Kommun { get; set; }
}

/// <summary>One calendar year a löfte covers; a row each so that "in force in 2021" is an indexed lookup.</summary>
public sealed class LofteYear
{
    public int LofteId { get; set; }

    public int Year { get; set; }
}

public sealed class LofteLokalpolisomrade
{
    public int LofteId { get; set; }

    public int LokalpolisomradeId { get; set; }

    public Lokalpolisomrade? Lokalpolisomrade { get; set; }
}

/// <summary>A document that states or announces a löfte; polisen.se and the kommun site may both.</summary>
public sealed class LofteDocument
{
    public int LofteId { get; set; }

    public Lofte? Lofte { get; set; }

    public int DocumentId { get; set; }

    public Document? Document { get; set; }
}
