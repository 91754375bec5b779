using Microsoft.Net.Http.Headers;
using OpenData.Api.Http;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// /export/releases/: the dated releases, newest first, as JSON (each with its files' addresses, sizes, SHA-256 and row
/// counts); /export/releases/{id}/ one release; /export/releases/{id}/{file} its files. A release never changes, so
/// its files are served with their SHA-256 as a strong ETag and as immutable for a year; an unknown release or file is
/// an RFC 9457 problem, as everywhere in the API.
/// </summary>
public static class ReleaseEndpoints
{
    public const string IndexPath = "/export/releases/";

    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The index as served: the releases, newest first.</summary>
    public sealed record ReleaseIndex(IReadOnlyList<ReleaseView> Releases);

    /// <summary>One release as served: its manifest with absolute addresses.</summary>
    public sealed record ReleaseView(
        string Id, string Url, DateTime ReleasedAt, string DataVersion, DateTime DataChangedAt, int StatusYear,
        IReadOnlyList<string> ExtractorVersions, IReadOnlyList<ReleaseFileView> Files);

    public sealed record ReleaseFileView(string Name, string Url, string MediaType, long Bytes, string Sha256, int? Rows, IReadOnlyDictionary<string, int>? Tables);

    public static IEndpointRouteBuilder MapReleases(this IEndpointRouteBuilder app)
    {
        app.MapGet(IndexPath, async (HttpContext http, ReleasePublisher publisher, ReleaseStore store, PublicAddress address, ILogger<ReleaseStore> logger, CancellationToken ct) =>
        {
            var index = await IndexAsync(publisher, store, address.BaseFor(http.Request), logger, ct);
            http.Response.Headers.CacheControl = "public, no-cache";
            return Results.Json(index, Json);
        });
        app.MapGet(IndexPath + "{id}/", (string id, HttpContext http, ReleaseStore store, PublicAddress address) =>
            store.Find(id) is { } release
                ? Results.Json(ViewOf(release, address.BaseFor(http.Request)), Json)
                : NoSuchRelease(http, id));
        app.MapMethods(IndexPath + "{id}/{name}", [HttpMethods.Get, HttpMethods.Head], (string id, string name, HttpContext http, ReleaseStore store) =>
        {
            if (store.Find(id) is not { } release)
            {
                return NoSuchRelease(http, id);
            }
            if (store.PathOf(release, name) is not { } path)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Filen finns inte i utgåvan / No such file in the release",
                    detail: $"Release {id} has {string.Join(", ", release.Files.Select(f => f.Name))}.", instance: http.Request.Path);
            }
            http.Response.Headers.CacheControl = Immutable;
            return Results.File(path, ReleaseFiles.MediaTypeOf(name), lastModified: release.ReleasedAt,
                entityTag: new EntityTagHeaderValue($"\"{release.Files.Single(f => f.Name == name).Sha256}\""), enableRangeProcessing: true);
        });
        return app;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(ReadableJson.Options)
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The index, the data as it is now released first if it changed since the last release (the first time a data state is asked for).</summary>
    public static async Task<ReleaseIndex> IndexAsync(ReleasePublisher publisher, ReleaseStore store, Uri baseUri, ILogger logger, CancellationToken ct)
    {
        try
        {
            await publisher.CurrentAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The releases there are stay downloadable while a new one cannot be written.
            logger.LogWarning(e, "No release could be written for the data as it is now; the index lists the releases there are");
        }
        return new ReleaseIndex(store.List().Select(r => ViewOf(r, baseUri)).ToList());
    }

    public static IResult NoSuchRelease(HttpContext http, string id) => Results.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Utgåvan finns inte / No such release",
        detail: $"There is no release '{id}'. Releases are named by their UTC time (2026-12-02T141500Z); {IndexPath} lists them.",
        instance: http.Request.Path);

    public static ReleaseView ViewOf(ReleaseManifest release, Uri baseUri)
    {
        var url = PublicAddress.Link(baseUri, IndexPath.TrimStart('/') + release.Id + "/");
        return new ReleaseView(release.Id, url, release.ReleasedAt, release.DataVersion, release.DataChangedAt, release.StatusYear, release.ExtractorVersions,
            release.Files.Select(f => new ReleaseFileView(f.Name, url + f.Name, f.MediaType, f.Bytes, f.Sha256, f.Rows, f.Tables)).ToList());
    }
}
