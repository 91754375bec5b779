namespace OpenData.Api.Http;

/// <summary>
/// The address clients reach this service at, for the absolute links the API hands out (archived bodies, exports,
/// the catalog). Configured by <c>OpenData:PublicUrl</c> behind a proxy; otherwise the address the request came to.
/// </summary>
public sealed class PublicAddress(IConfiguration configuration)
{
    public const string ConfigurationKey = "OpenData:PublicUrl";

    private readonly Uri? _configured = Parse(configuration[ConfigurationKey]);

    /// <summary>The base address, ending in a slash: "https://opendata.example/".</summary>
    public Uri BaseFor(HttpRequest request) =>
        _configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute);

    /// <summary>An absolute link to a path of this service ("archive/…", without a leading slash).</summary>
    public string Link(HttpRequest request, string path) => Link(BaseFor(request), path);

    /// <summary>An absolute link to a path under a base address that ends in a slash.</summary>
    public static string Link(Uri baseUri, string path) => new Uri(baseUri, path).AbsoluteUri;

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an absolute http(s) address (got '{value}').");
        }
        return uri;
    }
}
