using OpenData.Api.Features.Search;

namespace OpenData.Api.Features.Promises;

/// <summary>
/// A promise as the API shows it; actors, themes and targets are loaded for many promises at once.
/// <see cref="DocumentId"/> is the document its text was last read from, where it is traced back to;
/// <see cref="ChangedAt"/> is when its data last changed (<see cref="Changes.ChangedAt"/>); <see cref="Hit"/> says how it matched when a search found it, and is null otherwise.
/// </summary>
public sealed record PromiseView(
    int Id, string Key, int LofteId, int Ordinal, string Text, IReadOnlyList<string> Places,
    DateTime FirstSeen, DateTime LastSeen, DateTime? WithdrawnAt, int DocumentId, DateTime ChangedAt, SearchHit? Hit = null);
