using System.Text.Json.Serialization;
using OpenData.Core.Model;
using OpenData.Ingest.Reading.FollowUps;

namespace OpenData.Ingest.Contract;

/// <summary>One reported item of a follow-up in `extract`'s JSON, in the words of the API's FollowUp (docs/followups.md).</summary>
public sealed record ExtractedReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("period")] string? Period,
    [property: JsonPropertyName("reportedBy")] string? ReportedBy,
    [property: JsonPropertyName("decidedBy")] IReadOnlyList<string> DecidedBy,
    [property: JsonPropertyName("counts")] IReadOnlyList<ExtractedCount> Counts)
{
    public static ExtractedReport From(FollowUpReading report, Actor? reportedBy) => new(
        report.Status.Word(), report.Subject, report.Text, report.Period, reportedBy?.Word(), report.DecidedBy,
        report.Counts.Select(c => new ExtractedCount(c.Count, c.Unit)).ToList());
}

public sealed record ExtractedCount(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("unit")] string Unit);
