using OpenData.Core.Model;
using OpenData.Ingest.Reading.Themes;

namespace OpenData.Ingest.Reading;

/// <summary>One commitment as read: its text as published, who promises, its themes with the words that decided each, what it counts and where.</summary>
public sealed record PromiseReading(
    string Text,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ThemeMatch> Themes,
    IReadOnlyList<TargetReading> Targets,
    IReadOnlyList<string> Places);
