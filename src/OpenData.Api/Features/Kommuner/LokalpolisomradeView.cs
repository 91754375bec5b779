namespace OpenData.Api.Features.Kommuner;

/// <summary>A lokalpolisområde as the API shows it.</summary>
public sealed record LokalpolisomradeView(int Id, string Name);
