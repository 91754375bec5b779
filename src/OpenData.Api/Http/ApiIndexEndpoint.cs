namespace OpenData.Api.Http;

/// <summary>
/// GET /api: what this service offers and where, as links, so that a client finds every endpoint from one address.
/// The root, /, is the page for people.
/// </summary>
public static class ApiIndexEndpoint
{
    public static IEndpointRouteBuilder MapApiIndex(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api", (HttpContext http, PublicAddress address) =>
        {
            string Link(string path) => address.Link(http.Request, path);
            return Results.Json(new
            {
                name = "OpenData: Sweden's medborgarlöften",
                page = Link(""),
                description = "The promises Polisen and the kommuner make each other and their residents, read from polisen.se and the kommuner's sites, with where and when every fact was read.",
                graphql = Link("graphql"),
                schema = Link("graphql/schema.graphql"),
                exports = new { promises = Link("export/promises.csv"), loften = Link("export/loften.jsonl"), releases = Link("export/releases/") },
                catalog = Link("datasets/dcat"),
                archive = Link("archive/{sha256}"),
                health = Link("healthz"),
            }, ReadableJson.Options);
        });
        return app;
    }
}
