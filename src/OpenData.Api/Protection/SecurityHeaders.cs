namespace OpenData.Api.Protection;

/// <summary>
/// Headers every answer carries, so that a browser runs nothing but the page's own files: a Content-Security-Policy
/// that allows only this origin's scripts, styles and data and no framing, no MIME sniffing, and a referrer that
/// tells other sites no more than this service's origin. The archive replaces the policy with a stricter one of
/// its own. The server does not name its software (Kestrel's Server header is off, see <see cref="ApiApplication"/>).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The page's policy: plain files of this origin, no inline script or style, no plugins, no framing.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        await next();
    });
}
