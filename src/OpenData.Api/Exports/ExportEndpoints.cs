using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Exports;
using OpenData.Api.Features.Harvests;
using OpenData.Api.Http;

namespace OpenData.Api.Exports;

/// <summary>
/// The bulk files: /export/promises.csv and /export/loften.jsonl, written fresh from the database for each request,
/// with a strong ETag (the SHA-256 of the bytes) and Last-Modified, so a client that has the current file gets a
/// 304 and nothing else. The file is spooled to a temporary file, so memory stays flat however large it grows.
/// </summary>
public static class ExportEndpoints
{
    private delegate Task ExportWriter(IAsyncEnumerable<LofteRecord> loften, Stream output, Func<string, string> link, CancellationToken ct);

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/promises.csv", (HttpContext http, ExportReader reader, HarvestQueries harvests, PublicAddress address, CancellationToken ct) =>
            ServeAsync(http, reader, harvests, address, PromiseCsv.WriteAsync, PromiseCsv.ContentType, ct));
        app.MapGet("/export/loften.jsonl", (HttpContext http, ExportReader reader, HarvestQueries harvests, PublicAddress address, CancellationToken ct) =>
            ServeAsync(http, reader, harvests, address, LofteJsonLines.WriteAsync, LofteJsonLines.ContentType, ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, ExportReader reader, HarvestQueries harvests, PublicAddress address,
        ExportWriter write, string contentType, CancellationToken ct)
    {
        var lastChange = await harvests.LastChangeAsync(ct);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var baseUri = address.BaseFor(http.Request);
            await write(reader.ReadAllAsync(ct), file, path => PublicAddress.Link(baseUri, path), ct);
            file.Position = 0;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
            file.Position = 0;
            // Caches may keep the file but must ask again each time; the ETag makes that answer a 304.
            http.Response.Headers.CacheControl = "public, no-cache";
            return Results.Stream(file, contentType,
                lastModified: lastChange is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null,
                entityTag: new EntityTagHeaderValue($"\"{hash}\""));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
