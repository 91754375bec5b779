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
                return TypedResults.Ok(RestPage<Lofte>.Of(page, l => Of(l, kommuner[l.Id])));
            })
            .WithName("listLoften").WithSummary("Medborgarlöften / Citizen promises (agreements)")
            .WithDescription("kommun: SCB kommunkod; lan: länskod; year: a year the löfte covers; status: current, ended, superseded, " +
                "withdrawn, upcoming or undated; changed-since: only löften whose data changed at or after this RFC 3339 time. " +
                "limit (default 20, at most 100) and cursor (nextCursor of the page before) page through them.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        // A löfte's key has slashes ("2463/2017", "0180:kungsholmen/2019"): the key is the rest of the path as it is,
        // each of its parts percent-encoded where a path needs it ("1980/?" is /loften/1980/%3F).
        api.MapGet("/loften/{**key}", async Task<IResult> (LofteQueries loften, string key, CancellationToken ct) =>
                await loften.ByKeyAsync(key, ct) is { } found
                    ? TypedResults.Ok(Of(found, await loften.KommunerOfAsync([found.Id], ct) is var kommuner ? kommuner[found.Id] : []))
                    : TypedResults.Problem(title: "Löftet finns inte / No such löfte", statusCode: StatusCodes.Status404NotFound,
                        detail: $"No löfte has the key '{key}'. A key is kommun codes, area and period: /api/v1/loften/2463/2017, /api/v1/loften/0180:kungsholmen/2019."))
            .WithName("getLofte").WithSummary("Ett medborgarlöfte, efter nyckel / One löfte, by key")
            .WithDescription("key: the löfte's key as the rest of the path, slashes and all (2463/2017, 1415+1419+1421/2023-2024, 0180:kungsholmen/2019); " +
                "percent-encode a ? in it (1980/%3F).")
            .Produces<Lofte>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Lofte Of(LofteView l, IEnumerable<Features.Kommuner.KommunView> kommuner) => new(
        GlobalId.Encode("Lofte", l.Key), l.Key, l.Area, kommuner.Select(k => k.Code).ToList(), l.Years,
        RestParameters.WordOf(l.Status), RestParameters.Utc(l.FirstSeen), RestParameters.Utc(l.LastSeen), RestParameters.Utc(l.ChangedAt));
}
