using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Ingest.Offline;

/// <summary>The metadata of one recorded snapshot, as stored in data/archive/snapshots/*.json.</summary>
public sealed record RecordedSnapshot
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    [JsonPropertyName("contentType")]
    public required string ContentType { get; init; }

    /// <summary>When the body was read from its publisher; see <see cref="FetchedAtNote"/> where that is not known.</summary>
    [JsonPropertyName("fetchedAt")]
    public required DateTime FetchedAt { get; init; }

    [JsonPropertyName("fetchedAtNote")]
    public string? FetchedAtNote { get; init; }

    /// <summary>The address, where known. Never guessed.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("sourceKey")]
    public string? SourceKey { get; init; }

    [JsonPropertyName("publisher")]
    public required string Publisher { get; init; }

    [JsonPropertyName("attribution")]
    public required string Attribution { get; init; }

    [JsonPropertyName("httpStatus")]
    public int? HttpStatus { get; init; }

    [JsonPropertyName("etag")]
    public string? ETag { get; init; }

    [JsonPropertyName("lastModified")]
    public string? LastModified { get; init; }

    [JsonPropertyName("origin")]
    public string? Origin { get; init; }
}
