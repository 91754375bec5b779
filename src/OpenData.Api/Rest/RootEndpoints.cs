namespace OpenData.Api.Rest;

/// <summary>
/// The door's own address answers: the catalog names /api/v1/ as a DataService's endpointURL, and a client that
/// opens it finds where each resource and the OpenAPI document are, instead of a 404.
/// </summary>
public static class RootEndpoints
{
    public sealed record RestIndex(string Title, string OpenApi, IReadOnlyDictionary<string, string> Resources);

    public static RouteGroupBuilder MapRoot(this RouteGroupBuilder api)
    {
        api.MapGet("/", (HttpRequest request) =>
        {
            var root = $"{request.Scheme}://{request.Host}{request.PathBase}/api/{RestEndpoints.Version}/";
            // The change feed needs a starting time: its link starts from the beginning.
            var resources = new Dictionary<string, string>
            {
                ["kommuner"] = root + "kommuner",
                ["loften"] = root + "loften",
                ["promises"] = root + "promises",
                ["changes"] = root + "changes?since=1970-01-01T00:00:00Z",
                ["bulk-files"] = root + "bulk-files",
                ["releases"] = root + "releases",
            };
            return TypedResults.Ok(new RestIndex("OpenData: medborgarlöften (REST, v1)", $"{request.Scheme}://{request.Host}{request.PathBase}{RestEndpoints.OpenApiPath}", resources));
        }).WithSummary("Where the resources and the OpenAPI document are.");
        return api;
    }
}
