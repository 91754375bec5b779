using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenData.Ingest.Contract;

/// <summary>
/// A follow-up case with what a careful reader finds in it, in the API's FollowUp shape (docs/followups.md): the
/// follow-up's file and address, the löfte files whose promises it may be about, and each reported item with its
/// status, period, reporter and the promise it is about (null: about none of them).
/// </summary>
public sealed record FollowUpGold
{
    [JsonPropertyName("followUp")]
    public required string FollowUp { get; init; }

    /// <summary>Where the follow-up was published; says who reports it.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("promises")]
    public required IReadOnlyList<string> Promises { get; init; }

    [JsonPropertyName("followUps")]
    public required IReadOnlyList<GoldItem> FollowUps { get; init; }

    public static FollowUpGold Parse(string json) =>
        JsonSerializer.Deserialize<FollowUpGold>(json) ?? throw new FormatException("a follow-up gold file holds null");
}

/// <summary>One reported item as it should be read.</summary>
/// <param name="Status">DONE, PARTLY, ONGOING, NOT_DONE or CANCELLED.</param>
/// <param name="Text">Words the item's text holds, which identify it.</param>
/// <param name="Period">The period it covers as written.</param>
/// <param name="ReportedBy">POLIS or KOMMUN.</param>
/// <param name="Promise">The beginning of the promise it is about, or null.</param>
/// <param name="Count">The count reported done, where one is.</param>
/// <param name="ShareOfTarget">That count against the promise's target (3.0 is 300 %).</param>
public sealed record GoldItem(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("period")] string? Period,
    [property: JsonPropertyName("reportedBy")] string? ReportedBy,
    [property: JsonPropertyName("promise")] string? Promise,
    [property: JsonPropertyName("count")] int? Count = null,
    [property: JsonPropertyName("shareOfTarget")] double? ShareOfTarget = null);
