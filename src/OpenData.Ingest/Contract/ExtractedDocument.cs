using System.Text.Json.Serialization;

namespace OpenData.Ingest.Contract;

/// <summary>
/// What one published page or document says about a medborgarlöfte: one line of `extract`'s JSON Lines, in the
/// shape of the extraction contract (../shared/contract/README.md). Also what the store writes from.
/// </summary>
public sealed record ExtractedDocument
{
    [JsonPropertyName("file")]
    public string? File { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>YYYY-MM-DD.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("kommuner")]
    public required IReadOnlyList<string> Kommuner { get; init; }

    [JsonPropertyName("lokalpolisomraden")]
    public required IReadOnlyList<string> Lokalpolisomraden { get; init; }

    [JsonPropertyName("years")]
    public required IReadOnlyList<int> Years { get; init; }

    [JsonPropertyName("promises")]
    public required IReadOnlyList<ExtractedPromise> Promises { get; init; }

    [JsonPropertyName("people")]
    public required IReadOnlyList<ExtractedPerson> People { get; init; }

    /// <summary>The part of a kommun the löfte is for ("Kungsholmen"); beyond the contract, for the store.</summary>
    [JsonPropertyName("area")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Area { get; init; }

    /// <summary>Problems met while reading that did not stop it ("31 juni 2023 is not a date").</summary>
    [JsonPropertyName("warnings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }
}
