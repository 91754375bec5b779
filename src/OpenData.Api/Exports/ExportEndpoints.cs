using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Exports;

/// <summary>
/// The bulk files: /export/promises.csv and /export/loften.jsonl (GET and HEAD), each written once per version of
/// the data (<see cref="ExportFiles"/>) and served with a strong ETag (the SHA-256 of the bytes) and Last-Modified,
/// so that a client that has the current file gets a 304 and nothing else, and a range when it asks for one.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/export/promises.csv", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, ExportFiles files, CancellationToken ct) =>
            ServeAsync(http, files, "promises.csv", PromiseCsv.WriteAsync, PromiseCsv.ContentType, ct));
        app.MapMethods("/export/loften.jsonl", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, ExportFiles files, CancellationToken ct) =>
            ServeAsync(http, files, "loften.jsonl", LofteJsonLines.WriteAsync, LofteJsonLines.ContentType, ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, ExportFiles files, string name, ExportFiles.Writer write, string contentType, CancellationToken ct)
    {
        var file = await files.CurrentAsync(name, write, ct);
        // Caches may keep the file but must ask again each time; the ETag makes that answer a 304.
        http.Response.Headers.CacheControl = "public, no-cache";
        return Results.File(file.Path, contentType, lastModified: file.LastModified, entityTag: new EntityTagHeaderValue(file.ETag), enableRangeProcessing: true);
    }
}
