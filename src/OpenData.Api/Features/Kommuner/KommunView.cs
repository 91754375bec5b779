namespace OpenData.Api.Features.Kommuner;

/// <summary>A kommun as the API shows it.</summary>
public sealed record KommunView(string Code, string Name, string LanCode);
