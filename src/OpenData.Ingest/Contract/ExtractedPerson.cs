using System.Text.Json.Serialization;

namespace OpenData.Ingest.Contract;

/// <summary>A named person with role and organisation (polis, kommun, annan) as the text gives them.</summary>
public sealed record ExtractedPerson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("organisation")] string? Organisation);
