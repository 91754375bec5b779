using System.Text.Json.Serialization;

namespace OpenData.Ingest.Contract;

/// <summary>The line for a file that could not be read at all: its name and why, nothing invented.</summary>
public sealed record ExtractionError(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("error")] string Error);
