using OpenData.Core.Model;

namespace OpenData.Ingest.Reading.FollowUps;

/// <summary>
/// A promise a report could be about: one of the same kommuner and of a löfte whose years the report covers.
/// </summary>
/// <param name="Id">The caller's own identity of the promise (its row id, or its place in a file).</param>
/// <param name="Text">The promise as published.</param>
/// <param name="Actors">Who promises.</param>
/// <param name="Themes">Theme codes.</param>
/// <param name="Targets">What it counts.</param>
/// <param name="Places">The places it names ("Uppsala resecentrum"): where, which says nothing of what was done.</param>
public sealed record LinkCandidate(
    int Id,
    string Text,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<string> Themes,
    IReadOnlyList<CandidateTarget> Targets,
    IReadOnlyList<string> Places);

/// <summary>A promise's target as the matcher needs it: the count, and the unit it counts.</summary>
public sealed record CandidateTarget(int Count, TargetPeriod? Per, string? Unit);
