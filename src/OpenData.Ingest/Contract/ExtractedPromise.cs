using System.Text.Json.Serialization;
using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Contract;

/// <summary>One commitment of a löfte, as the contract shapes it.</summary>
public sealed record ExtractedPromise
{
    public static ExtractedPromise From(PromiseReading promise) => new()
    {
        Text = promise.Text,
        Actors = promise.Actors.Select(a => a.Word()).ToList(),
        Themes = promise.Themes.Select(t => t.Code).ToList(),
        ThemeEvidence = promise.Themes.ToDictionary(t => t.Code, t => t.DecidedBy),
        Targets = promise.Targets.Select(t => new ExtractedTarget(t.Count, t.Per?.Word(), t.Unit)).ToList(),
        Places = promise.Places,
    };

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
