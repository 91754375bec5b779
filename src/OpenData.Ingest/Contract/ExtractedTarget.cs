using System.Text.Json.Serialization;

namespace OpenData.Ingest.Contract;

/// <summary>A number a promise binds itself to: count, per (år, termin, månad, vecka or null) and unit.</summary>
public sealed record ExtractedTarget(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("per")] string? Per,
    [property: JsonPropertyName("unit")] string? Unit);
