using OpenData.Core.Model;

namespace OpenData.Api.Features.Loften;

/// <summary>
/// A löfte as the API shows it: Recorded is the stored status (newest, superseded or withdrawn), ThisYear the year in
/// Sweden it was read in, from which its status today is counted; ChangedAt is when its data (or a promise's) last
/// changed, not when it was last read (<see cref="Changes.ChangedAt"/>).
/// </summary>
public sealed record LofteView(int Id, string Key, string? Area, IReadOnlyList<int> Years, LofteStatus Recorded, int ThisYear, DateTime FirstSeen, DateTime LastSeen,
    DateTime ChangedAt)
{
    /// <summary>What the löfte is today: in force, ended, replaced …</summary>
    public LofteStatusToday Status => LofteStatusRule.Of(Recorded, Years, ThisYear);
}
