using OpenData.Core.Model;

namespace OpenData.Api.Features.Loften;

/// <summary>A löfte as the API shows it.</summary>
public sealed record LofteView(int Id, string Key, string? Area, IReadOnlyList<int> Years, LofteStatus Status, DateTime FirstSeen, DateTime LastSeen);
