namespace OpenData.Api.Features.Promises;

/// <summary>A theme of the taxonomy as the API shows it.</summary>
public sealed record ThemeView(string Code, string Sv, string En);
