using OpenData.Api.Features.Archive;

namespace OpenData.Api.Archive;

/// <summary>/archive/{sha256}: a fetched body exactly as it was fetched, so that every fact can be checked (GET and HEAD).</summary>
public static class ArchiveEndpoint
{
    /// <summary>
    /// What an archived page may do in a browser: nothing. No script, no plugin, no request to anywhere (a page
    /// archived from a publisher would otherwise load the publisher's, or anyone's, images and fonts); only its own
    /// inline styles and data: images show.
    /// </summary>
    public const string Policy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The path (no leading slash) a body is served at: what every archive link of the API and the exports points to.</summary>
    public static string PathOf(string sha256) => $"archive/{sha256}";

    public static IEndpointRouteBuilder MapArchive(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/archive/{sha256}", [HttpMethods.Get, HttpMethods.Head], async (string sha256, ArchiveQueries archive, HttpContext http, CancellationToken ct) =>
        {
            if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            {
                return Results.Problem(statusCode: 400, title: "Not a SHA-256", detail: "Give the 64 lower-case hex digits of the body's SHA-256.");
            }
            if (await archive.BySha256Async(sha256, ct) is not { } file)
            {
                return Results.NotFound();
            }
            // The body never changes for its hash: cache it for good, and keep the browser from running what it holds.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.ContentSecurityPolicy = Policy;
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Content, ArchivedContentType.Servable(file.ContentType), entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{sha256}\""));
        });
        return app;
    }
}
