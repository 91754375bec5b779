using System.Text.Json.Serialization;

namespace OpenData.Ingest.Contract;

/// <summary>One commitment of a löfte, as the contract shapes it.</summary>
public sealed record ExtractedPromise
{
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>polis, kommun, annan.</summary>
    [JsonPropertyName("actors")]
    public required IReadOnlyList<string> Actors { get; init; }

    [JsonPropertyName("themes")]
    public required IReadOnlyList<string> Themes { get; init; }

    [JsonPropertyName("targets")]
    public required IReadOnlyList<ExtractedTarget> Targets { get; init; }

    [JsonPropertyName("places")]
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>For each theme, the words that decided it; beyond the contract, so a reader can check why.</summary>
    [JsonPropertyName("themeEvidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }
}
