using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Features.Feeds;
using OpenData.Api.Http;

namespace OpenData.Api.Feeds;

/// <summary>
/// /feeds/alla.atom, /feeds/kommun/{kommunkod}.atom, /feeds/lan/{länskod}.atom and /feeds/tema/{kod}.atom, for a
/// feed reader: a strong ETag (the SHA-256 of the feed) makes a reader's poll of an unchanged feed a 304.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feeds/alla.atom", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, FeedQueries feeds, PublicAddress address, CancellationToken ct) =>
            ServeAsync(http, feeds, address, FeedScope.All, "feeds/alla.atom", ct));
        app.MapMethods("/feeds/kommun/{code}.atom", [HttpMethods.Get, HttpMethods.Head], (string code, HttpContext http, FeedQueries feeds, PublicAddress address, CancellationToken ct) =>
            ServeAsync(http, feeds, address, new FeedScope(FeedScopeKind.Kommun, code), $"feeds/kommun/{Uri.EscapeDataString(code)}.atom", ct));
        app.MapMethods("/feeds/lan/{code}.atom", [HttpMethods.Get, HttpMethods.Head], (string code, HttpContext http, FeedQueries feeds, PublicAddress address, CancellationToken ct) =>
            ServeAsync(http, feeds, address, new FeedScope(FeedScopeKind.Lan, code), $"feeds/lan/{Uri.EscapeDataString(code)}.atom", ct));
        app.MapMethods("/feeds/tema/{code}.atom", [HttpMethods.Get, HttpMethods.Head], (string code, HttpContext http, FeedQueries feeds, PublicAddress address, CancellationToken ct) =>
            ServeAsync(http, feeds, address, new FeedScope(FeedScopeKind.Theme, code), $"feeds/tema/{Uri.EscapeDataString(code)}.atom", ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, FeedQueries feeds, PublicAddress address, FeedScope scope, string selfPath, CancellationToken ct)
    {
        if (await feeds.ReadAsync(scope, ct) is not { } feed)
        {
            var what = scope.Kind switch { FeedScopeKind.Kommun => "kommunkod", FeedScopeKind.Lan => "länskod", _ => "temakod" };
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Okänd " + what,
                detail: $"'{scope.Code}' är ingen {what} som tjänsten känner till.");
        }
        var bytes = AtomFeed.Write(feed, address.BaseFor(http.Request), selfPath);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");
        http.Response.Headers.CacheControl = "public, no-cache";
        DateTimeOffset? lastModified = feed.Entries.Count > 0 ? new DateTimeOffset(feed.Entries.Max(e => e.At), TimeSpan.Zero) : null;
        return Results.Bytes(bytes, AtomFeed.ContentType, lastModified: lastModified, entityTag: etag);
    }
}
