namespace OpenData.Api.Features.Feeds;

/// <summary>A feed: the name of what it follows (a kommun's, a län's or a theme's, null for everything) and its newest entries first.</summary>
public sealed record FeedView(FeedScope Scope, string? Name, IReadOnlyList<FeedEntryView> Entries);
