using OpenData.Api.Features.FollowUps;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Paging;
using OpenData.Api.Features.Promises;
using OpenData.Api.Http;
using OpenData.Core.Model;

namespace OpenData.Api.Rest;

/// <summary>/api/v1/promises: the promises in force, filtered and searched as GraphQL's promises, by the same query.</summary>
public static class PromisesEndpoints
{
    /// <summary>A promise as the REST door shows it; changedAt is when its data last changed, not when it was last read.</summary>
    public sealed record Promise(
        string Id, string Text, int Ordinal, string Lofte, IReadOnlyList<string> Actors, IReadOnlyList<string> Themes,
        IReadOnlyList<string> Places, DateTime FirstSeen, DateTime LastSeen, DateTime ChangedAt);

    public static RouteGroupBuilder MapPromises(this RouteGroupBuilder api)
    {
        api.MapGet("/promises", async (PromiseQueries promises, LofteQueries loften, string? search, string? kommun, string? lan, int? year,
                string? theme, string? status, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "changed-since")] string? changedSince,
                int? limit, string? cursor, CancellationToken ct) =>
            {
                var filter = new PromiseFilter
                {
                    Kommun = RestParameters.Equal(kommun), Lan = RestParameters.Equal(lan), Year = RestParameters.Equal(year),
                    Theme = RestParameters.Equal(theme), Status = RestParameters.Word<FollowUpStatus>(status, "status"),
                };
                var since = RestParameters.Instant(changedSince, "changed-since");
                var page = await promises.ListAsync(search, filter, null, new PageRequest(limit, cursor), ct, since);
                var ids = page.Items.Select(p => p.Id).ToList();
                var loftenOf = await loften.ByIdsAsync(page.Items.Select(p => p.LofteId), ct);
                var parts = await promises.PartsOfAsync(ids, PromisePart.Actors | PromisePart.Themes, ct);
                return TypedResults.Ok(RestPage<Promise>.Of(page, p => new Promise(
                    GlobalId.Encode("Promise", p.Key), p.Text, p.Ordinal, loftenOf[p.LofteId].Key,
                    parts[p.Id].Actors.Select(RestParameters.WordOf).ToList(), parts[p.Id].Themes.Select(t => t.Code).ToList(), p.Places,
                    RestParameters.Utc(p.FirstSeen), RestParameters.Utc(p.LastSeen), RestParameters.Utc(p.ChangedAt))));
            })
            .WithName("listPromises").WithSummary("Löftenas åtaganden / The promises")
            .WithDescription("search: Swedish full-text search ('narkotikan' finds 'narkotika'); kommun, lan, year: the löfte's; theme: a " +
                "theme code; status: the latest follow-up's verdict (done, partly, ongoing, not-done, cancelled); changed-since: only " +
                "promises whose data changed at or after this RFC 3339 time. limit and cursor page through them.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }
}
