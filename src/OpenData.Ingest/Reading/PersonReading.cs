using OpenData.Core.Model;

namespace OpenData.Ingest.Reading;

/// <summary>A named person with role and organisation as the text gives them.</summary>
public sealed record PersonReading(string Name, string? Role, Actor? Organisation);
