using OpenData.Api.Features;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Paging;
using OpenData.Api.Features.Promises;
using OpenData.Api.Http;

namespace OpenData.Api.Rest;

/// <summary>/api/v1/changes: the change feed, removals included, in the order recorded; by the same query as GraphQL's changes.</summary>
public static class ChangesEndpoints
{
    /// <summary>One recorded change: of a löfte (by key), and of one of its promises where a promise changed.</summary>
    public sealed record Change(DateTime At, string Kind, string Lofte, string? Promise, string? Before, string? After);

    public static RouteGroupBuilder MapChanges(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", async (ChangeQueries changes, LofteQueries loften, PromiseQueries promises, string? since, int? limit, string? cursor, CancellationToken ct) =>
            {
                var from = RestParameters.Instant(since, "since") ?? throw new QueryException("since is required: an RFC 3339 time such as 2024-03-01T00:00:00Z.");
                var page = await changes.SinceAsync(from, new PageRequest(limit, cursor), ct);
                var loftenOf = await loften.ByIdsAsync(page.Items.Select(c => c.LofteId), ct);
                var promisesOf = await promises.ByIdsAsync(page.Items.Where(c => c.PromiseId is not null).Select(c => c.PromiseId!.Value), ct);
                return TypedResults.Ok(RestPage<Change>.Of(page, c => new Change(
                    RestParameters.Utc(c.At), RestParameters.WordOf(c.Kind), loftenOf[c.LofteId].Key,
                    c.PromiseId is { } p ? GlobalId.Encode("Promise", promisesOf[p].Key) : null, c.Before, c.After)));
            })
            .WithName("listChanges").WithSummary("Ändringar sedan en tid / Changes since a time")
            .WithDescription("since (required): RFC 3339 time or a date. Kinds: lofte-added, lofte-superseded, lofte-withdrawn, promise-added, " +
                "promise-changed, promise-removed, promise-reclassified, promise-status-changed. Keep the last nextCursor to continue later.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }
}
