namespace OpenData.Api.Features.Themes;

/// <summary>What a theme's promises are counted over: a year the löfte covers, a län of its kommuner; null for any.</summary>
public sealed record ThemeCountKey(int? Year, string? Lan);
