namespace OpenData.Api.Features.Themes;

/// <summary>A theme of the taxonomy as the API shows it.</summary>
public sealed record ThemeView(string Code, string Sv, string En, string? About);
