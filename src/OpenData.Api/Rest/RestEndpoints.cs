using Microsoft.OpenApi;

namespace OpenData.Api.Rest;

/// <summary>
/// The REST door, for clients that will not speak GraphQL: under /api/v1 (DIGG's REST profile: versioned path,
/// lowercase plural nouns), described by an OpenAPI 3.1 document generated from these endpoints at
/// /api/v1/openapi.json. Each resource's file only reads a request into the Features' typed filters and shapes the
/// answer; the queries are GraphQL's own.
/// </summary>
public static class RestEndpoints
{
    public const string Version = "v1";

    public const string OpenApiPath = "/api/v1/openapi.json";

    public static IServiceCollection AddRestApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddOpenApi(Version, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            // Only the REST door: the page, GraphQL, exports and archive are described elsewhere.
            options.ShouldInclude = description => description.GroupName == Version;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "OpenData: medborgarlöften",
                    Version = "1.0.0",
                    Description = "Sveriges medborgarlöften (Polisen och kommunerna) som öppna data. The same data as the GraphQL API at /graphql. " +
                        "Times are RFC 3339 in UTC; errors are RFC 9457 problem details; lists page with limit and cursor.",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json");
        var api = app.MapGroup("/api/" + Version).WithGroupName(Version).RefusalsAsProblems();
        api.MapRoot().MapKommuner().MapLoften().MapPromises().MapChanges().MapBulkFiles().MapReleaseIndex();
        return app;
    }
}
