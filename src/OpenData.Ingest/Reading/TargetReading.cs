using OpenData.Core.Model;

namespace OpenData.Ingest.Reading;

/// <summary>A number a promise binds itself to: "minst 4 riktade trafikinsatser under året" is 4 per år of "riktade trafikinsatser".</summary>
public sealed record TargetReading(int Count, TargetPeriod? Per, string? Unit);
