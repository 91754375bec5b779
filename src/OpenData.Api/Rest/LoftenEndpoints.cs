using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Paging;
using OpenData.Api.Http;

namespace OpenData.Api.Rest;

/// <summary>/api/v1/loften: the medborgarlöften, filtered as GraphQL's loften, by the same query.</summary>
public static class LoftenEndpoints
{
    /// <summary>A löfte as the REST door shows it; changedAt is when its data last changed, not when it was last read.</summary>
    public sealed record Lofte(
        string Id, string Key, string? Area, IReadOnlyList<string> Kommuner, IReadOnlyList<int> Years, string Status,
        DateTime FirstSeen, DateTime LastSeen, DateTime ChangedAt);

    public static RouteGroupBuilder MapLoften(this RouteGroupBuilder api)
    {
        api.MapGet("/loften", async (LofteQueries loften, string? kommun, string? lan, int? year, string? status,
                [Microsoft.AspNetCore.Mvc.FromQuery(Name = "changed-since")] string? changedSince, int? limit, string? cursor, CancellationToken ct) =>
            {
                var filter = new LofteFilter
                {
                    Kommun = RestParameters.Equal(kommun), Lan = RestParameters.Equal(lan), Year = RestParameters.Equal(year),
                    Status = RestParameters.Word<LofteStatusToday>(status, "status"),
                };
                var since = RestParameters.Instant(changedSince, "changed-since");
                var page = await loften.ListAsync(filter, null, new PageRequest(limit, cursor), ct, since);
                var kommuner = await loften.KommunerOfAsync(page.Items.Select(l => l.Id), ct);
                return TypedResults.Ok(RestPage<Lofte>.Of(page, l => new Lofte(
                    GlobalId.Encode("Lofte", l.Key), l.Key, l.Area, kommuner[l.Id].Select(k => k.Code).ToList(), l.Years,
                    RestParameters.WordOf(l.Status), RestParameters.Utc(l.FirstSeen), RestParameters.Utc(l.LastSeen), RestParameters.Utc(l.ChangedAt))));
            })
            .WithName("listLoften").WithSummary("Medborgarlöften / Citizen promises (agreements)")
            .WithDescription("kommun: SCB kommunkod; lan: länskod; year: a year the löfte covers; status: current, ended, superseded, " +
                "withdrawn, upcoming or undated; changed-since: only löften whose data changed at or after this RFC 3339 time. " +
                "limit (default 20, at most 100) and cursor (nextCursor of the page before) page through them.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }
}
