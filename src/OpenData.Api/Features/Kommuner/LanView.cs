namespace OpenData.Api.Features.Kommuner;

/// <summary>A län as the API shows it.</summary>
public sealed record LanView(string Code, string Name, string ShortName, string Polisregion);
