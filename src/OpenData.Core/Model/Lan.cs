namespace OpenData.Core.Model;

/// <summary>A län, keyed on its two-digit SCB code kept as a string ("01").</summary>
public sealed class Lan
{
    public required string Code { get; set; }

    /// <summary>"Västerbottens län".</summary>
    public required string Name { get; set; }

    /// <summary>"Västerbotten": the form that texts and people use.</summary>
    public required string ShortName { get; set; }

    public required string PolisregionName { get; set; }

    public Polisregion? Polisregion { get; set; }

    public List<Kommun> Kommuner { get; } = [];
}
