namespace OpenData.Api.Features.Feeds;

/// <summary>What a feed follows: everything, one kommun (kommunkod), one län (länskod) or one theme (its code).</summary>
public enum FeedScopeKind
{
    All,
    Kommun,
    Lan,
    Theme,
}

public sealed record FeedScope(FeedScopeKind Kind, string? Code = null)
{
    public static readonly FeedScope All = new(FeedScopeKind.All);
}
