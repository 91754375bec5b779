using OpenData.Core.Model;

namespace OpenData.Api.Features.Promises;

/// <summary>A number a promise binds itself to.</summary>
public sealed record TargetView(int Count, TargetPeriod? Per, string? Unit);
