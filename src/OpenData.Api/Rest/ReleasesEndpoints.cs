using OpenData.Api.Exports.Releases;
using OpenData.Api.Http;

namespace OpenData.Api.Rest;

/// <summary>
/// /api/v1/releases: the dated releases, newest first, each with its files' addresses, sizes, SHA-256 and row counts;
/// the same index as /export/releases/, described in the OpenAPI document. The files themselves are under /export/releases/.
/// </summary>
public static class ReleasesEndpoints
{
    public static RouteGroupBuilder MapReleaseIndex(this RouteGroupBuilder api)
    {
        api.MapGet("/releases", async (HttpContext http, ReleasePublisher publisher, ReleaseStore store, PublicAddress address, ILogger<ReleaseStore> logger, CancellationToken ct) =>
                TypedResults.Ok(await ReleaseEndpoints.IndexAsync(publisher, store, address.BaseFor(http.Request), logger, ct)))
            .WithName("listReleases").WithSummary("Daterade utgåvor att citera / Dated releases to cite")
            .WithDescription("Every release, newest first: a release is the whole data set as it was when a harvest changed it (CSV, JSON Lines, " +
                "SQLite and datapackage.json), and never changes. Cite one by its id and the SHA-256 of the file used.");
        api.MapGet("/releases/{id}", IResult (string id, HttpContext http, ReleaseStore store, PublicAddress address) =>
                store.Find(id) is { } release
                    ? TypedResults.Ok(ReleaseEndpoints.ViewOf(release, address.BaseFor(http.Request)))
                    : ReleaseEndpoints.NoSuchRelease(http, id))
            .WithName("getRelease").WithSummary("En utgåva / One release")
            .Produces<ReleaseEndpoints.ReleaseView>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
