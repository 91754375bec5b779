using System.Globalization;
using System.Text.Json.Serialization;
using OpenData.Core.Model;
using OpenData.Ingest.Reading;

namespace OpenData.Ingest.Contract;

/// <summary>
/// What one published page or document says about a medborgarlöfte: one line of `extract`'s JSON Lines, in the
/// shape of the extraction contract (../shared/contract/README.md). The edge where a typed reading becomes the
/// contract's strings; nothing inside the service reads it back.
/// </summary>
public sealed record ExtractedDocument
{
    public static ExtractedDocument From(DocumentReading reading, string? file = null) => new()
    {
        File = file,
        Kind = reading.Kind.Word(),
        Title = reading.Title,
        Published = reading.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kommuner = reading.Kommuner,
        Lokalpolisomraden = reading.Lokalpolisomraden,
        Years = reading.Years,
        Promises = reading.Promises.Select(ExtractedPromise.From).ToList(),
        People = reading.People.Select(p => new ExtractedPerson(p.Name, p.Role, p.Organisation?.Word())).ToList(),
        Area = reading.Area,
        Warnings = reading.Warnings.Count > 0 ? reading.Warnings : null,
        Reports = reading.Reports.Count > 0 ? reading.Reports.Select(r => ExtractedReport.From(r, reading.ReportedBy)).ToList() : null,
        Confidence = reading.Confidence.Score,
        UncertainReasons = reading.Confidence.Reasons.Count > 0 ? reading.Confidence.Reasons.Select(r => r.Word()).ToList() : null,
    };

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

    /// <summary>What a follow-up reports, item by item (docs/followups.md); beyond the scored contract.</summary>
    [JsonPropertyName("reports")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExtractedReport>? Reports { get; init; }

    /// <summary>How sure the reader is, 0..1; beyond the scored contract, so that a person checks the least sure first.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; init; } = 1;

    /// <summary>Why it is not surer ("years-not-stated").</summary>
    [JsonPropertyName("uncertainReasons")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? UncertainReasons { get; init; }
}
