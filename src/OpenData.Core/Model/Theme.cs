namespace OpenData.Core.Model;

/// <summary>A theme of the taxonomy (data/themes.json): a stable code with Swedish and English labels.</summary>
public sealed class Theme
{
    public required string Code { get; set; }

    public required string Sv { get; set; }

    public required string En { get; set; }

    public string? About { get; set; }

    public required string TaxonomyVersion { get; set; }
}
