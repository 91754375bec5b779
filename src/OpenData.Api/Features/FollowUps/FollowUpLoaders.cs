using OpenData.Api.Features.Batching;
using OpenData.Core.Model;

namespace OpenData.Api.Features.FollowUps;

/// <summary>A request's batch loaders for follow-ups, by promise and by document.</summary>
public sealed class FollowUpLoaders(FollowUpQueries followUps)
{
    public BatchLoader<int, IReadOnlyList<FollowUpView>> FollowUpsOfPromise { get; } = new(async (keys, ct) => (await followUps.OfPromisesAsync(keys, ct)).AsLists(), []);

    public BatchLoader<int, FollowUpStatus?> StatusOfPromise { get; } = new(async (keys, ct) =>
        (await followUps.StatusOfAsync(keys, ct)).ToDictionary(p => p.Key, p => (FollowUpStatus?)p.Value));

    public BatchLoader<int, IReadOnlyList<FollowUpView>> FollowUpsOfDocument { get; } = new(async (keys, ct) => (await followUps.OfDocumentsAsync(keys, ct)).AsLists(), []);
}
