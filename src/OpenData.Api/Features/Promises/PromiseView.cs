namespace OpenData.Api.Features.Promises;

/// <summary>A promise as the API shows it; actors, themes and targets are loaded for many promises at once.</summary>
public sealed record PromiseView(
    int Id, string Key, int LofteId, int Ordinal, string Text, IReadOnlyList<string> Places,
    DateTime FirstSeen, DateTime LastSeen, DateTime? WithdrawnAt);
