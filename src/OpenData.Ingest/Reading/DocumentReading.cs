using OpenData.Core.Model;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading.FollowUps;

namespace OpenData.Ingest.Reading;

/// <summary>
/// What one published page or document says about a medborgarlöfte, as read: typed from the reader to the writer.
/// The extraction contract's strings are made of it only where <c>extract</c> prints JSON (Contract/).
/// </summary>
public sealed record DocumentReading
{
    public required DocumentKind Kind { get; init; }

    /// <summary>The page's or document's own heading, without the site's name.</summary>
    public required string Title { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>SCB kommunkoder of every kommun the löfte or article covers, sorted.</summary>
    public required IReadOnlyList<string> Kommuner { get; init; }

    /// <summary>The part of a kommun the löfte is for ("Kungsholmen"), where it is for a part only.</summary>
    public string? Area { get; init; }

    /// <summary>Lokalpolisområden named as a party or as the area, as written.</summary>
    public required IReadOnlyList<string> Lokalpolisomraden { get; init; }

    /// <summary>Every calendar year the löfte covers, ranges expanded.</summary>
    public required IReadOnlyList<int> Years { get; init; }

    public required IReadOnlyList<PromiseReading> Promises { get; init; }

    public required IReadOnlyList<PersonReading> People { get; init; }

    /// <summary>What a follow-up (or news of results) reports was done, item by item; empty for a löfte's own text.</summary>
    public IReadOnlyList<FollowUpReading> Reports { get; init; } = [];

    /// <summary>Who publishes the reports (polisen.se: polis; a kommun's site: kommun), where the address says.</summary>
    public Actor? ReportedBy { get; init; }

    /// <summary>Problems met while reading that did not stop it ("31 juni 2023 is not a date").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How sure the reader is of this reading, and why not surer.</summary>
    public ReadingConfidence Confidence { get; init; } = ReadingConfidence.Certain;

    /// <summary>The reviewed hand correction applied to this reading (data/corrections), where one was.</summary>
    public ReadingCorrectionNote? Correction { get; init; }

    /// <summary>The links of a web page, from the same parse as its text.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];
}
