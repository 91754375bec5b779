using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Paging;

namespace OpenData.Api.Rest;

/// <summary>/api/v1/kommuner: the kommuner, by SCB code, from the same queries as GraphQL's kommuner and kommun.</summary>
public static class KommunerEndpoints
{
    /// <summary>A kommun as the REST door shows it.</summary>
    public sealed record Kommun(string Code, string Name, string Lan);

    public static RouteGroupBuilder MapKommuner(this RouteGroupBuilder api)
    {
        api.MapGet("/kommuner", async (KommunQueries kommuner, string? lan, int? limit, string? cursor, CancellationToken ct) =>
            {
                var filter = new KommunFilter { Lan = RestParameters.Equal(lan) };
                var page = await kommuner.ListAsync(filter, null, new PageRequest(limit, cursor), ct);
                return TypedResults.Ok(RestPage<Kommun>.Of(page, Of));
            })
            .WithName("listKommuner").WithSummary("Kommunerna, efter kod / The kommuner, by code")
            .WithDescription("lan: two-digit länskod (\"03\"). limit: page size (default 20, at most 100); cursor: nextCursor of the page before.");
        api.MapGet("/kommuner/{code}", async Task<IResult> (KommunQueries kommuner, string code, HttpContext http, CancellationToken ct) =>
                await kommuner.ByCodeAsync(code, ct) is { } found
                    ? TypedResults.Ok(Of(found))
                    : TypedResults.Problem(title: "Kommunen finns inte / No such kommun", detail: $"No kommun has the code '{code}' (four-digit SCB kommunkod).", statusCode: StatusCodes.Status404NotFound))
            .WithName("getKommun").WithSummary("En kommun / One kommun")
            .Produces<Kommun>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Kommun Of(KommunView view) => new(view.Code, view.Name, view.LanCode);
}
