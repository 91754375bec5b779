using System.Text.Json.Serialization;

namespace OpenData.Core.Themes;

/// <summary>One theme: its stable code, labels, what it covers, and the lexicon that decides it.</summary>
public sealed class ThemeDefinition
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("sv")]
    public required string Sv { get; init; }

    [JsonPropertyName("en")]
    public required string En { get; init; }

    /// <summary>What the theme covers, in Swedish (the contract's definition).</summary>
    [JsonPropertyName("about")]
    public string? About { get; init; }

    /// <summary>What the theme covers, in English.</summary>
    [JsonPropertyName("aboutEn")]
    public string? AboutEn { get; init; }

    [JsonPropertyName("lexicon")]
    public ThemeLexicon Lexicon { get; init; } = new();
}
