using OpenData.Api.Features.Kommuner;
using OpenData.Core.Model;

namespace OpenData.Api.Features.Comparison;

/// <summary>
/// What a kommun's compared promises have had reported: how many have a published follow-up, and how many of those
/// are reported done by their latest one. A promise without a follow-up is counted in <see cref="Promises"/> only.
/// </summary>
public sealed record KommunFollowUpsView(KommunView Kommun, int Promises, int FollowedUp, int ReportedDone)
{
    public static KommunFollowUpsView Of(KommunView kommun, IEnumerable<int> promiseIds, IReadOnlyDictionary<int, FollowUpStatus> statuses)
    {
        var ids = promiseIds.Distinct().ToList();
        return new KommunFollowUpsView(kommun, ids.Count, ids.Count(statuses.ContainsKey),
            ids.Count(id => statuses.TryGetValue(id, out var status) && status == FollowUpStatus.Done));
    }
}
