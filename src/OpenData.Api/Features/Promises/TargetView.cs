namespace OpenData.Api.Features.Promises;

/// <summary>A number a promise binds itself to.</summary>
public sealed record TargetView(int Count, string? Per, string? Unit);
